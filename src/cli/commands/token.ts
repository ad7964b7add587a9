/** `patchbay token create|list|revoke`: API tokens, managed on the server's own database. */
import { Option, type Command } from 'commander';
import { PatchbayError } from '../../core/errors.js';
import { TOKEN_SCOPES } from '../../services/token-service.js';
import { openPatchbay, type CliContext } from '../context.js';
import { table } from '../output.js';

/** Registers the token commands. */
export function tokenCommands(program: Command, context: () => CliContext): void {
  const group = program.command('token').description('manage API tokens (on the local database the server uses)');
  const withTokens = async <T>(work: (tokens: Awaited<ReturnType<typeof openPatchbay>>['tokens']) => Promise<T>) => {
    const config = context().config();
    if (config.server) throw new PatchbayError('invalid-input', 'Tokens are managed on the database itself, not through a server: drop --server and point --database at the server\'s database');
    const patchbay = await openPatchbay({ url: config.database, ...(config.databaseSchema ? { schema: config.databaseSchema } : {}) });
    try {
      return await work(patchbay.tokens);
    } finally {
      await patchbay.close();
    }
  };

  group
    .command('create')
    .description('create a token; its secret is shown once')
    .requiredOption('--name <name>', 'who or what uses it (shown in the audit log as token:<name>)')
    .addOption(new Option('--scope <scope>', 'read, or write (which includes read)').choices([...TOKEN_SCOPES]).default('read'))
    .action(async (options: { name: string; scope: string }) => {
      const ctx = context();
      const { token, secret } = await withTokens((tokens) => tokens.create(options.name, options.scope));
      if (ctx.output.json) {
        ctx.output.out(JSON.stringify({ ...token, secret }, null, 2));
        return;
      }
      ctx.output.out(secret);
      ctx.output.err(`Created token ${token.id} '${token.name}' with scope ${token.scopes.join(', ')}. Keep the secret above: it cannot be shown again.`);
    });

  group
    .command('list')
    .description('list tokens (never their secrets)')
    .action(async () => {
      const ctx = context();
      const tokens = await withTokens((service) => service.list());
      ctx.output.out(ctx.output.json ? JSON.stringify(tokens, null, 2) : table(tokens, ['id', 'name', 'scopes', 'createdAt', 'lastUsedAt', 'revokedAt']));
    });

  group
    .command('revoke <id>')
    .description('revoke a token by id')
    .action(async (id: string) => {
      const ctx = context();
      await withTokens((tokens) => tokens.revoke(id));
      ctx.output.out(ctx.output.json ? JSON.stringify({ revoked: id }) : `Revoked ${id}.`);
    });
}
