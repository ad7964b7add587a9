/** What route groups share: the use cases and how to name the caller in the audit log. */
import type { FastifyRequest } from 'fastify';
import type { Patchbay } from '../services/open-patchbay.js';
import type { TokenScope } from '../services/token-service.js';
import type { Actor } from '../store/catalog-repository.js';

/** The services a server runs on. */
export type ServerServices = Pick<Patchbay, 'catalog' | 'tokens' | 'assessments' | 'advice' | 'prioritisation' | 'discovery'>;

/** What every route group gets: the services, and who a request acts as. */
export interface ServerContext extends ServerServices {
  /** Who the request acts as: the token's name when auth is on. */
  actorOf(request: FastifyRequest): Actor;
  /** What the request may do: its token's scopes when auth is on, everything when it is off. */
  accessOf(request: FastifyRequest): Access;
}

/** Who a request acts as and what it may do, as the web app asks before showing write actions. */
export interface Access {
  /** Whether the server requires API tokens. */
  authRequired: boolean;
  /** The token's name, when one was sent. */
  token: string | null;
  scopes: TokenScope[];
}
