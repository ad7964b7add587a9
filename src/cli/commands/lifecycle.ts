/** `patchbay init` and `patchbay serve`: create a catalog (optionally with the demo) and serve it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { PatchbayError } from '../../core/errors.js';
import { readCatalogPaths } from '../../files/catalog-files.js';
import type { Patchbay } from '../../services/open-patchbay.js';
import { openPatchbay, settingsOf, type CliContext } from '../context.js';
import { wholeNumber } from '../option-values.js';

/** The demo landscape shipped with Patchbay. */
export const DEMO_LANDSCAPE = fileURLToPath(new URL('../../../examples/demo-landscape', import.meta.url));

/** The version in package.json, for /health and the OpenAPI document. */
export const PATCHBAY_VERSION = '0.1.0';

/** Opens the local catalog the configuration names; these commands never work through a server. */
async function openLocal(context: CliContext, command: string): Promise<Patchbay> {
  const config = context.config();
  if (config.server) throw new PatchbayError('invalid-input', `'${command}' works on a local database; drop --server (or PATCHBAY_SERVER) and point --database at it`);
  return openPatchbay({ url: config.database, ...(config.databaseSchema ? { schema: config.databaseSchema } : {}) }, settingsOf(config));
}

/** Loads the demo landscape into an empty catalog; says so and does nothing otherwise. */
async function loadDemo(patchbay: Patchbay, context: CliContext, force: boolean): Promise<void> {
  const counts = await patchbay.catalog.counts();
  const total = counts.team + counts.domain + counts.system + counts.integration;
  if (total > 0 && !force) {
    context.output.err(`The catalog already holds ${counts.system} systems and ${counts.integration} integrations; the demo was not loaded (--force merges it in).`);
    return;
  }
  const outcome = await patchbay.catalog.importFiles(readCatalogPaths([DEMO_LANDSCAPE]), {}, { name: 'demo' });
  context.output.err(`Loaded the demo landscape: ${outcome.summary.system.create} systems, ${outcome.summary.integration.create} integrations.`);
}

/** Registers init and serve. */
export function lifecycleCommands(program: Command, context: () => CliContext): void {
  program
    .command('init')
    .description('create (or upgrade) the catalog database; --demo loads a sample landscape')
    .option('--demo', 'load the demo landscape into an empty catalog')
    .option('--force', 'with --demo, merge the demo into a catalog that is not empty')
    .action(async (options: { demo?: boolean; force?: boolean }) => {
      const ctx = context();
      const patchbay = await openLocal(ctx, 'init');
      try {
        ctx.output.err(`Catalog database ready at ${patchbay.database.location} (${patchbay.database.engine.name}).`);
        if (options.demo) await loadDemo(patchbay, ctx, options.force === true);
        if (ctx.output.json) ctx.output.out(JSON.stringify({ database: patchbay.database.location, counts: await patchbay.catalog.counts() }));
      } finally {
        await patchbay.close();
      }
    });

  program
    .command('serve')
    .description('serve the REST API, its docs (/docs) and OpenAPI document (/openapi.json)')
    .option('--port <port>', 'port to listen on (default 4400; 0 picks a free one)', wholeNumber(0, 65_535))
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--auth', 'require API tokens (read scope to read, write scope to change)')
    .option('--demo', 'load the demo landscape first if the catalog is empty')
    .action(async (options: { port?: number; host?: string; auth?: boolean; demo?: boolean }) => {
      const ctx = context();
      const config = ctx.config();
      const patchbay = await openLocal(ctx, 'serve');
      if (options.demo) await loadDemo(patchbay, ctx, false);
      const auth = options.auth ?? config.auth;
      // The server's modules (fastify, the routes, the schemas) load only for `serve`: every other
      // command, `scan` above all, starts faster without them.
      const { buildServer } = await import('../../server/app.js');
      const { DEFAULT_WEB_ROOT } = await import('../../server/web-app.js');
      const app = await buildServer({
        services: patchbay,
        auth,
        version: PATCHBAY_VERSION,
        logger: { level: config.logLevel },
        rateLimitPerMinute: config.rateLimitPerMinute,
      });
      const stop = async () => {
        await app.close();
        await patchbay.close();
      };
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          void stop().then(() => process.exit(0));
        });
      }
      const address = await app.listen({ port: options.port ?? config.port, host: options.host ?? config.host });
      const webApp = existsSync(join(DEFAULT_WEB_ROOT, 'index.html'));
      ctx.output.err(`Patchbay is serving ${patchbay.database.location} at ${address} (${webApp ? `web app: ${address}/; ` : ''}API docs: ${address}/docs${auth ? '; API tokens required' : ''}).`);
      if (!webApp) ctx.output.err(`The web app is not built (${DEFAULT_WEB_ROOT} is missing): run \`npm run build\` to serve it.`);
      if (auth && (await patchbay.tokens.list()).length === 0) {
        ctx.output.err('No API tokens exist yet: create one with `patchbay token create --name <who> --scope write`.');
      }
      await new Promise(() => undefined);
    });
}
