/**
 * The `patchbay` command line. Every command works on the local catalog database, or on a
 * running server with --server; errors are reported once, here, with an exit code per kind.
 */
import { Command, CommanderError } from 'commander';
import { ENTITY_KINDS } from '../core/model/vocabulary.js';
import { adviseCommands } from './commands/advise.js';
import { assessCommands } from './commands/assess.js';
import { auditCommand } from './commands/audit.js';
import { entityCommands } from './commands/entities.js';
import { graphCommands } from './commands/graph.js';
import { PATCHBAY_VERSION, lifecycleCommands } from './commands/lifecycle.js';
import { prioritiseCommand } from './commands/prioritise.js';
import { proposalCommands, scanCommand } from './commands/scan.js';
import { tokenCommands } from './commands/token.js';
import { transferCommands } from './commands/transfer.js';
import { cliContext, type CliContext, type GlobalOptions } from './context.js';
import { processOutput, reportError, type Output } from './output.js';

/** The output a run uses: the injected one (or the process's), in JSON when either asks for it. */
function runOutput(output: Output | undefined, json: boolean): Output {
  if (!output) return processOutput(json);
  return { out: (text) => output.out(text), err: (text) => output.err(text), json: output.json || json };
}

/** Builds the program; `output` is injectable so tests capture what a user would see. */
export function buildProgram(output?: Output, env: NodeJS.ProcessEnv = process.env): Command {
  const plain = runOutput(output, false);
  const program = new Command('patchbay')
    .description('Patchbay: one true picture of your system integrations.')
    .version(PATCHBAY_VERSION)
    .option('--server <url>', 'work on a running Patchbay server (env PATCHBAY_SERVER)')
    .option('--token <token>', 'API token for --server (env PATCHBAY_TOKEN)')
    .option('--database <url>', 'catalog database: a SQLite file or postgres://… (env DATABASE_URL; default ./patchbay.db)')
    .option('--config <file>', 'config file (default: patchbay.config.yaml in this folder, if any)')
    .option('--json', 'machine-readable output')
    .showHelpAfterError('(add --help for usage)')
    // Help, --version and usage errors go where everything else goes, so a captured run sees
    // them too; set before the commands are added, which inherit it.
    .configureOutput({ writeOut: (text) => plain.out(text), writeErr: (text) => plain.err(text) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  patchbay init --demo                       create ./patchbay.db with the demo landscape
  patchbay serve                             API on http://127.0.0.1:4400 (docs at /docs)
  patchbay systems list --owner commerce     systems a team owns
  patchbay integrations list --health fragile,unknown
  patchbay dependents erp                    what breaks if the ERP does
  patchbay flows customer.email              every flow of customer e-mail addresses
  patchbay import catalog/ --dry-run         what an import would change
  patchbay export --format mermaid --group-by domain

Exit codes: 0 ok, 1 internal error, 2 invalid input, 3 not found, 4 not allowed, 5 conflict, 6 unavailable.`,
  );
  let context: CliContext | undefined;
  const getContext = () => {
    if (!context) {
      const options = program.opts<GlobalOptions>();
      context = cliContext(options, runOutput(output, options.json === true), env);
    }
    return context;
  };
  lifecycleCommands(program, getContext);
  for (const kind of ENTITY_KINDS) entityCommands(program, getContext, kind);
  transferCommands(program, getContext);
  graphCommands(program, getContext);
  auditCommand(program, getContext);
  assessCommands(program, getContext);
  adviseCommands(program, getContext);
  prioritiseCommand(program, getContext);
  scanCommand(program, getContext);
  proposalCommands(program, getContext);
  tokenCommands(program, getContext);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[], output?: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = buildProgram(output, env);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed usage errors and help; only the code is left to give.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportError(error, runOutput(output, program.opts<GlobalOptions>().json === true));
  }
}
