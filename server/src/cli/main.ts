/**
 * `copydesk`: the headless command line. Dispatches to a command and turns every failure a
 * user can cause (a wrong option, a broken configuration, git refusing a ref) into one clear
 * line and exit code 2; a stack trace is printed only for a bug, and only with COPYDESK_DEBUG.
 */
import { ConfigError } from '../config';
import { UsageError } from './args';
import { GitError } from './changedLines';
import { extractCommand } from './extractCommand';
import { MAIN_HELP } from './help';
import { initCommand } from './initCommand';
import { lintCommand } from './lintCommand';
import { processOutput, type Output } from './output';
import { reportCommand } from './reportCommand';
import { rulesCommand } from './rulesCommand';
import { copydeskVersion } from './version';

type Command = (args: string[], io: Output) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  extract: extractCommand,
  report: reportCommand,
  init: initCommand,
  rules: rulesCommand,
};

export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${copydeskVersion()}\n`);
    return 0;
  }
  if (!name) {
    io.err(MAIN_HELP);
    return 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    const hint = name.startsWith('-') || /[./]/.test(name) ? ` (did you mean "copydesk lint ${name}"?)` : '';
    io.err(`copydesk: unknown command "${name}"${hint}; run "copydesk --help" for the commands\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`copydesk ${name}: ${error.message}\nRun "copydesk ${name} --help" for the options.\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(`copydesk: ${error.message}\n`);
      return 2;
    }
    if (error instanceof GitError) {
      io.err(`copydesk: ${error.message}\n`);
      return 2;
    }
    const detail = process.env.COPYDESK_DEBUG ? `\n${error instanceof Error ? error.stack : String(error)}` : ' (set COPYDESK_DEBUG=1 for details)';
    io.err(`copydesk: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    return 2;
  }
}

if (require.main === module) {
  // Output to a closed pipe (`copydesk lint | head`) is not an error worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
