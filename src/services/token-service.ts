/**
 * API tokens with read and write scopes. A token's secret is shown once, when created; the
 * store keeps its SHA-256 hash (secrets are long and random, so a slow password hash adds
 * nothing), and requests are matched by hashing what they present.
 */
import { createHash, randomBytes } from 'node:crypto';
import { PatchbayError, errors } from '../core/errors.js';
import type { TokenInfo, TokenRepository } from '../store/token-repository.js';

/** What a token may do; write includes read. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
/** A token scope. */
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Recognisable prefix so leaked tokens can be found by secret scanners. */
const TOKEN_PREFIX = 'pbt_';

/** Hashes a presented secret the way the store keeps it. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Token use cases. */
export class TokenService {
  constructor(
    private readonly tokens: TokenRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Creates a token; the returned secret is never retrievable again. */
  async create(name: string, scope: string): Promise<{ token: TokenInfo; secret: string }> {
    if (!(TOKEN_SCOPES as readonly string[]).includes(scope)) {
      throw errors.invalidInput(`Scope must be one of: ${TOKEN_SCOPES.join(', ')} (got '${scope}')`, [{ pointer: '/scope', message: 'must be read or write' }]);
    }
    if (!name.trim() || name.length > 100) throw errors.invalidInput('A token needs a name of 1-100 characters saying who or what uses it');
    const scopes = scope === 'write' ? ['read', 'write'] : ['read'];
    const secret = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
    const token = await this.tokens.insert({
      id: `tok_${randomBytes(6).toString('hex')}`,
      name: name.trim(),
      hash: hashToken(secret),
      scopes,
      createdAt: this.clock().toISOString(),
    });
    return { token, secret };
  }

  /** The token a request presents, checked for the scope it needs. */
  async authenticate(secret: string | undefined, needed: TokenScope): Promise<TokenInfo> {
    if (!secret) {
      throw new PatchbayError('unauthenticated', 'This server requires an API token: send "Authorization: Bearer <token>" (create one with `patchbay token create`)');
    }
    const token = await this.tokens.findActiveByHash(hashToken(secret));
    if (!token) throw new PatchbayError('unauthenticated', 'The API token is unknown or revoked');
    if (!token.scopes.includes(needed)) {
      throw new PatchbayError('forbidden', `The token '${token.name}' has scope ${token.scopes.join(', ')}; this request needs ${needed}`);
    }
    await this.tokens.touch(token.id, this.clock().toISOString());
    return token;
  }

  /** Every token, without secrets. */
  list(): Promise<TokenInfo[]> {
    return this.tokens.list();
  }

  /** Revokes a token by id. */
  async revoke(id: string): Promise<void> {
    if (!(await this.tokens.revoke(id, this.clock().toISOString()))) throw errors.notFound('Token', id);
  }
}
