/**
 * The one place where errors become HTTP responses: RFC 9457 problem details with a stable
 * `type` per error code. Fastify's own errors (bad JSON, body too large, schema validation of
 * query strings, unknown routes) are mapped into the same vocabulary, so a client handles one
 * format whatever went wrong.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_KINDS, PROBLEM_TYPE_BASE, PatchbayError, isPatchbayError, type ErrorCode, type FieldIssue } from '../core/errors.js';

/** The media type of problem documents. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** An RFC 9457 problem document as Patchbay writes it. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  /** The stable code (the last segment of `type`), for clients that switch on it. */
  code: ErrorCode;
  /** Each specific problem, with a JSON pointer (and file and line for documents). */
  errors?: (Omit<FieldIssue, 'message'> & { detail: string })[];
  [extension: string]: unknown;
}

/** Builds the problem document for an error. */
export function problemFor(error: PatchbayError, instance: string): ProblemDocument {
  const kind = ERROR_KINDS[error.code];
  const problem: ProblemDocument = {
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: kind.title,
    status: kind.status,
    detail: error.message,
    instance,
    code: error.code,
    ...error.extensions,
  };
  if (error.issues.length > 0) {
    problem.errors = error.issues.map(({ message, ...location }) => ({ ...location, detail: message }));
  }
  return problem;
}

/** Maps Fastify's own error codes onto ours. */
function fromFastify(error: FastifyError): PatchbayError | undefined {
  if (error.validation) {
    const issues = error.validation.map((item) => {
      const missing = (item.params as { missingProperty?: string; additionalProperty?: string } | undefined) ?? {};
      const field = missing.missingProperty ?? missing.additionalProperty;
      const base = item.instancePath || '';
      const pointer = field ? `${base}/${field}` : base || '/';
      const message = missing.additionalProperty ? 'is not a known parameter; check its spelling' : (item.message ?? 'is not valid');
      // Query parameters are named as the core names them (`/limit`), so a client sees one
      // pointer whichever layer refused the value; headers and path parameters keep a prefix.
      const prefix = error.validationContext === 'querystring' ? '' : `/${error.validationContext ?? 'request'}`;
      return { pointer: `${prefix}${pointer === '/' && prefix ? '' : pointer}`, message };
    });
    return new PatchbayError('invalid-input', `The request is not valid: ${issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ')}`, { issues });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PatchbayError('payload-too-large', `The request body is larger than this endpoint accepts; ${error.message}`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new PatchbayError('unsupported-media-type', `${error.message}; send application/json (imports also take application/yaml or text/csv)`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new PatchbayError('invalid-input', 'The body is not valid JSON');
    default:
      break;
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return new PatchbayError('invalid-input', `The request is not valid: ${error.message}`);
  if (error.statusCode === 413) return new PatchbayError('payload-too-large', error.message);
  if (error.statusCode === 415) return new PatchbayError('unsupported-media-type', error.message);
  return undefined;
}

/**
 * Driver errors that mean the database cannot be reached right now. Both engines' drivers are
 * recognised here because this is the one place errors become responses; a lost database is a
 * 503 the client may retry, not a 500.
 */
function isUnavailable(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'SQLITE_BUSY', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_READONLY'].includes(code) ||
    /^(08|53|57P)/.test(code) ||
    /Connection terminated|Cannot use a pool after calling end|driver has already been destroyed/i.test(String((error as Error | null)?.message ?? ''))
  );
}

/** Sends an error as problem+json; unexpected errors are logged and reported without internals. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  let known: PatchbayError | undefined = isPatchbayError(error) ? error : undefined;
  if (!known && error instanceof Error) known = fromFastify(error as FastifyError);
  if (!known && isUnavailable(error)) {
    known = new PatchbayError('unavailable', 'The catalog database is unavailable; retry shortly', { cause: error });
  }
  if (!known) {
    request.log.error({ err: error }, 'unexpected error');
    known = new PatchbayError('internal', 'Something went wrong on the server; the error is logged with this request id', {
      extensions: { requestId: request.id },
    });
  } else if (known.code === 'internal' || known.code === 'unavailable') {
    request.log.error({ err: error }, known.message);
  }
  const problem = problemFor(known, request.url);
  if (known.code === 'unauthenticated') void reply.header('www-authenticate', 'Bearer realm="patchbay"');
  if (known.code === 'unavailable') void reply.header('retry-after', '5');
  return reply.status(problem.status).type(PROBLEM_MEDIA_TYPE).send(problem);
}
