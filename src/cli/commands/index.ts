import type { Command } from 'commander';

/** Every sub-command of `sapa`, in the order `sapa --help` lists them. */
export const commandRegistrations: Array<(program: Command) => void> = [];
