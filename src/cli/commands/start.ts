import type { Command } from 'commander';
import { parseServices, ConfigError, type SapaConfig } from '../../config.js';
import { ensureDemoWorkspace, demoOwner } from '../../demo/seed.js';
import { openRuntime } from '../../runtime.js';
import { startServices } from '../../services.js';
import { createProgressReporter } from '../progress.js';
import { fail, loadConfigOrExit } from '../shared.js';
import { explainStartupError, type StartupPhase } from '../startup-errors.js';

/** Below the 30 s most supervisors (systemd, Kubernetes) wait before SIGKILL. */
export const shutdownGraceMs = 25_000;

function failOnStartup(phase: StartupPhase, error: unknown, config: SapaConfig): never {
  const explained = explainStartupError(phase, error, config);
  if (explained === null) throw error;
  fail(explained, 2);
}

export function registerStartCommand(program: Command): void {
  program.command('start')
    .description('start Sapa (api, worker and scheduler in one process by default)')
    .option('--services <roles>', 'comma-separated roles to run: api,worker,scheduler (default SAPA_SERVICES or all three)')
    .action(async (options: { services?: string }) => {
      const config = loadConfigOrExit();
      if (options.services !== undefined) {
        try {
          config.services = parseServices(options.services, '--services');
        } catch (error) {
          if (error instanceof ConfigError) fail(error.message, 2);
          throw error;
        }
      }
      const runtime = await openRuntime(config).catch((error: unknown) => failOnStartup('database', error, config));
      let demoSeeded = false;
      if (config.demo && config.services.includes('api')) {
        const progress = createProgressReporter('Seeding the demo workspace');
        demoSeeded = await ensureDemoWorkspace(runtime, progress.update);
        progress.done();
      }
      const services = await startServices(runtime, config.services).catch(async (error: unknown) => {
        await runtime.close().catch(() => undefined);
        return failOnStartup('listen', error, config);
      });
      const lines = [`Sapa is running (${config.services.join(', ')}; ${runtime.store.kind}, ${runtime.queue.engine} queue).`];
      if (services.url !== null) lines.push(`Open ${services.url}`);
      if (config.demo && services.url !== null) {
        lines.push(`${demoSeeded ? 'A demo workspace was created. ' : ''}Sign in as the demo owner: ${demoOwner.email} / ${demoOwner.password}`);
      }
      process.stderr.write(lines.join('\n') + '\n');

      let stopping = false;
      const shutdown = (signal: string): void => {
        if (stopping) return;
        stopping = true;
        runtime.logger.info({ signal }, 'shutting down: finishing requests and jobs in flight');
        // Whatever hangs (a job, an unreachable Redis), the process stops within the grace period.
        setTimeout(() => {
          runtime.logger.error({ graceMs: shutdownGraceMs }, 'shutdown took longer than the grace period; stopping now');
          process.exit(1);
        }, shutdownGraceMs).unref();
        void services.stop().then(() => runtime.close()).then(() => process.exit(0), (error: unknown) => {
          runtime.logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
