/**
 * Builds the HTTP server without listening, so tests drive it with `inject()` and `serve` adds
 * the socket. Cross-cutting concerns (problem details, auth, OpenAPI) are set up here; each route
 * group is its own module.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { PatchbayError } from '../core/errors.js';
import { STORED_SCHEMAS } from '../core/model/schemas.js';
import { ENTITY_KINDS } from '../core/model/vocabulary.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../config/config.js';
import { TOKEN_SCOPES } from '../services/token-service.js';
import type { TokenInfo } from '../store/token-repository.js';
import type { ServerContext, ServerServices } from './context.js';
import { Problem } from './http-schemas.js';
import { sendProblem } from './problem.js';
import { adviceRoutes } from './routes/advice.js';
import { assessmentRoutes } from './routes/assessment.js';
import { auditRoutes } from './routes/audit.js';
import { KIND_ROUTES, entityRoutes } from './routes/entities.js';
import { graphRoutes } from './routes/graph.js';
import { discoveryRoutes } from './routes/discovery.js';
import { metaRoutes } from './routes/meta.js';
import { prioritisationRoutes } from './routes/prioritisation.js';
import { transferRoutes } from './routes/transfer.js';
import { APP_PAGE_HEADERS, DEFAULT_WEB_ROOT, registerWebApp, wantsAppPage } from './web-app.js';

/** How to build a server. */
export interface ServerOptions {
  /** The use cases the routes call. */
  services: ServerServices;
  /** Require API tokens: read scope for reads, write scope for changes. */
  auth: boolean;
  /** Fastify logger settings; false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Largest JSON body accepted, in bytes (imports have their own, larger limit). */
  bodyLimit?: number;
  /** Largest import body accepted, in bytes. */
  importBodyLimit?: number;
  /** Version reported by the OpenAPI document and /health. */
  version?: string;
  /** Requests per minute one client (token, else address) may make to the API; 0 turns it off. */
  rateLimitPerMinute?: number;
  /** Folder of the built web app; false serves the API only. Defaults to dist/web when it exists. */
  webRoot?: string | false;
}


// ajv-formats ships CommonJS whose default export TypeScript sees as a namespace under NodeNext.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

/** The paths anyone may read even when auth is on. */
const PUBLIC_PATHS = ['/health', '/openapi.json', '/docs'];

/** What the authentication hook leaves on a request for the routes. */
interface AuthenticatedRequest {
  patchbayActor?: string;
  patchbayToken?: TokenInfo;
}

/** Builds the server, ready for `inject()` or `listen()`. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    requestIdHeader: 'x-request-id',
  });

  const context: ServerContext = {
    ...options.services,
    actorOf: (request) => ({ name: (request as AuthenticatedRequest).patchbayActor ?? 'anonymous' }),
    accessOf: (request) => {
      const token = (request as AuthenticatedRequest).patchbayToken;
      if (!options.auth) return { authRequired: false, token: null, scopes: [...TOKEN_SCOPES] };
      return { authRequired: true, token: token?.name ?? null, scopes: TOKEN_SCOPES.filter((scope) => token?.scopes.includes(scope)) };
    },
  };

  // Query strings and parameters are validated strictly: an unknown filter is an error, not
  // silently ignored. Bodies are checked by the core, which names the bad field in the API's words; route body
  // schemas are there for the OpenAPI document only.
  const ajv = new Ajv({ removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: true, strict: false });
  addFormats(ajv);
  app.setValidatorCompiler(({ schema, httpPart }) => {
    if (httpPart === 'body') return () => true;
    return ajv.compile(schema);
  });

  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(new PatchbayError('invalid-input', 'The body is not valid JSON'), undefined);
    }
  });

  // Fastify accepts text/plain bodies by default; Patchbay's endpoints take JSON (and imports
  // YAML or CSV), so anything else is refused with 415 rather than misread.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  const webApp = options.webRoot === false ? false : await registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (wantsAppPage(request.method, path, request.headers.accept)) {
      if (webApp) return reply.headers({ ...APP_PAGE_HEADERS, 'cache-control': 'no-cache' }).sendFile('index.html');
      return sendProblem(new PatchbayError('not-found', `The web app is not built here, so ${path} has nothing to show: run \`npm run build\` (the API is at /api/v1, its docs at /docs)`), request, reply);
    }
    return sendProblem(new PatchbayError('not-found', `No route ${request.method} ${path}; see /openapi.json for the API`), request, reply);
  });

  const rateLimit = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  if (rateLimit > 0) {
    // Counted per process: behind a load balancer each instance limits on its own, which bounds
    // a client at instances × limit; a shared store can come when a deployment needs it.
    await app.register(fastifyRateLimit, {
      max: rateLimit,
      timeWindow: 60_000,
      // Keyed by the client's address: a key taken from an unchecked Authorization header would
      // let a client escape the limit by inventing a new token for every request.
      keyGenerator: (request) => request.ip,
      allowList: (request) => !request.url.startsWith('/api/'),
      errorResponseBuilder: (_request, context) =>
        new PatchbayError('rate-limited', `More than ${context.max} requests in a minute; retry in ${context.after}`, {
          extensions: { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
        }),
    });
  }

  // Authentication runs before the body is read (so an anonymous caller cannot make the server
  // parse a large upload) but after the rate limit, which @fastify/rate-limit attaches to each
  // route's onRequest: guessing tokens is counted like any other request.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!options.auth) return payload;
    const path = request.url.split('?')[0] ?? '';
    if (PUBLIC_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) || !path.startsWith('/api/')) return payload;
    const header = request.headers.authorization;
    const secret = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    // Routes that only compute (advice, a what-if, a dry run) say so; everything else that is not
    // a read needs the write scope.
    const config = request.routeOptions.config as { readOnly?: boolean; readOnlyWhenDryRun?: boolean } | undefined;
    const dryRun = String((request.query as { dryRun?: unknown } | undefined)?.dryRun) === 'true';
    const readOnly = ['GET', 'HEAD', 'OPTIONS'].includes(request.method) || config?.readOnly === true || (config?.readOnlyWhenDryRun === true && dryRun);
    const token = await options.services.tokens.authenticate(secret, readOnly ? 'read' : 'write');
    (request as AuthenticatedRequest).patchbayActor = `token:${token.name}`;
    (request as AuthenticatedRequest).patchbayToken = token;
    return payload;
  });

  app.addSchema(Problem);
  for (const kind of ENTITY_KINDS) app.addSchema({ ...STORED_SCHEMAS[kind], $id: KIND_ROUTES[kind].schema });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Patchbay API',
        version: options.version ?? '0.0.0',
        description:
          'The catalog of systems and the integrations between them. Errors are RFC 9457 problem details (application/problem+json) with a stable `type` per kind; updates use ETag and If-Match.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `patchbay token create`.' } },
      },
      security: options.auth ? [{ bearer: [] }] : [],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => String(json.$id ?? `def-${index}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  await app.register(async (scope) => {
    for (const kind of ENTITY_KINDS) await entityRoutes(scope, context, kind);
    await graphRoutes(scope, context);
    await auditRoutes(scope, context);
    await assessmentRoutes(scope, context);
    await adviceRoutes(scope, context);
    await prioritisationRoutes(scope, context);
    await discoveryRoutes(scope, context, { bodyLimit: options.importBodyLimit ?? 64 * 1_048_576 });
    await transferRoutes(scope, context, { bodyLimit: options.importBodyLimit ?? 64 * 1_048_576 });
    await metaRoutes(scope, context, options.version ?? '0.0.0');
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
