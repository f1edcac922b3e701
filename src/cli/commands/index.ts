import type { Command } from 'commander';

type Registration = (program: Command) => void;

/**
 * Every sub-command of `sapa`, in the order `sapa --help` lists them, by the top-level names
 * each module registers. Loaded on demand: a command's module imports what its actions need
 * (the web server, database drivers, job queues), and `sapa token list` should not pay for
 * `sapa start`'s imports at every start (about 1.2 s of CPU of the 1.7 s it took).
 */
const commandModules: Array<{ names: string[]; load: () => Promise<Registration> }> = [
  { names: ['start'], load: async () => (await import('./start.js')).registerStartCommand },
  { names: ['migrate'], load: async () => (await import('./migrate.js')).registerMigrateCommand },
  { names: ['user'], load: async () => (await import('./user.js')).registerUserCommand },
  { names: ['token'], load: async () => (await import('./token.js')).registerTokenCommand },
  { names: ['workspace'], load: async () => (await import('./workspace.js')).registerWorkspaceCommand },
  { names: ['channel'], load: async () => (await import('./channel.js')).registerChannelCommand },
  { names: ['contact'], load: async () => (await import('./contact.js')).registerContactCommand },
  { names: ['demo'], load: async () => (await import('./demo.js')).registerDemoCommand },
  { names: ['inbound'], load: async () => (await import('./inbound.js')).registerInboundCommand },
  { names: ['backup', 'restore'], load: async () => (await import('./backup.js')).registerBackupCommands },
  { names: ['check'], load: async () => (await import('./check.js')).registerCheckCommand },
  { names: ['analyze'], load: async () => (await import('./analyze.js')).registerAnalyzeCommand },
  { names: ['version'], load: async () => (await import('./version.js')).registerVersionCommand },
  { names: ['bench'], load: async () => (await import('./bench.js')).registerBenchCommand },
];

/**
 * The registrations a run needs: only the named command's module when the first argument names
 * one, else all of them (`sapa --help`, `sapa help`, an unknown command and its suggestions).
 */
export async function commandRegistrationsFor(commandName: string | undefined): Promise<Registration[]> {
  const own = commandModules.find((entry) => commandName !== undefined && entry.names.includes(commandName));
  return Promise.all((own ? [own] : commandModules).map((entry) => entry.load()));
}
