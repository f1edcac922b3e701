import type { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze.js';
import { registerBackupCommands } from './backup.js';
import { registerBenchCommand } from './bench.js';
import { registerChannelCommand } from './channel.js';
import { registerCheckCommand } from './check.js';
import { registerContactCommand } from './contact.js';
import { registerDemoCommand } from './demo.js';
import { registerInboundCommand } from './inbound.js';
import { registerMigrateCommand } from './migrate.js';
import { registerStartCommand } from './start.js';
import { registerTokenCommand } from './token.js';
import { registerUserCommand } from './user.js';
import { registerVersionCommand } from './version.js';
import { registerWorkspaceCommand } from './workspace.js';

/** Every sub-command of `sapa`, in the order `sapa --help` lists them. */
export const commandRegistrations: Array<(program: Command) => void> = [
  registerStartCommand,
  registerMigrateCommand,
  registerUserCommand,
  registerTokenCommand,
  registerWorkspaceCommand,
  registerChannelCommand,
  registerContactCommand,
  registerDemoCommand,
  registerInboundCommand,
  registerBackupCommands,
  registerCheckCommand,
  registerAnalyzeCommand,
  registerVersionCommand,
  registerBenchCommand,
];
