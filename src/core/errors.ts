/**
 * Patchbay's one error vocabulary. Every failure that can reach a user is a PatchbayError with a
 * stable code from ERROR_KINDS; the HTTP edge turns it into RFC 9457 problem+json and the CLI edge
 * into a message and an exit code. Nothing here knows about HTTP or terminals beyond the numbers
 * each kind maps to, so the mapping lives in exactly one table.
 */

/** Where in the input a problem sits: a file and line for documents, a JSON pointer for bodies. */
export interface ProblemLocation {
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer to the offending field, e.g. `/spec/source`. */
  pointer?: string;
}

/** One specific thing wrong with an input, named precisely enough to fix it. */
export interface FieldIssue extends ProblemLocation {
  message: string;
}

/** Definition of one kind of error: its HTTP status, CLI exit code and a short title. */
export interface ErrorKind {
  status: number;
  exitCode: number;
  title: string;
}

/**
 * The registry of error codes. Codes are part of the public contract (they form the problem
 * `type` URI and are documented in docs/errors.md, which a test keeps equal to this table), so a
 * code is never renamed or reused.
 */
export const ERROR_KINDS = {
  'invalid-input': { status: 400, exitCode: 2, title: 'The input is not valid' },
  'invalid-document': { status: 422, exitCode: 2, title: 'The catalog document is not valid' },
  'unknown-reference': { status: 422, exitCode: 2, title: 'The input refers to something that does not exist' },
  'unauthenticated': { status: 401, exitCode: 4, title: 'Authentication is required' },
  'forbidden': { status: 403, exitCode: 4, title: 'The token does not allow this' },
  'not-found': { status: 404, exitCode: 3, title: 'Not found' },
  'conflict': { status: 409, exitCode: 5, title: 'The request conflicts with the current state' },
  'already-exists': { status: 409, exitCode: 5, title: 'An entity with this id already exists' },
  'in-use': { status: 409, exitCode: 5, title: 'The entity is still referenced' },
  'version-mismatch': { status: 412, exitCode: 5, title: 'The entity was changed by someone else' },
  'precondition-required': { status: 428, exitCode: 2, title: 'An If-Match header is required' },
  'payload-too-large': { status: 413, exitCode: 2, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, exitCode: 2, title: 'The content type is not supported' },
  'rate-limited': { status: 429, exitCode: 6, title: 'Too many requests' },
  'unavailable': { status: 503, exitCode: 6, title: 'A dependency is unavailable' },
  'internal': { status: 500, exitCode: 1, title: 'Internal error' },
} as const satisfies Record<string, ErrorKind>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_KINDS;

/** Base URI of problem types; each code is documented at `${PROBLEM_TYPE_BASE}${code}`. */
export const PROBLEM_TYPE_BASE = 'https://patchbay.dev/problems/';

/** Options when raising an error: precise issues, and the underlying cause for logs. */
export interface PatchbayErrorOptions {
  issues?: FieldIssue[];
  cause?: unknown;
  /** Extra members for the problem document (e.g. `currentVersion`). Never secrets. */
  extensions?: Record<string, unknown>;
}

/** The one error type that crosses layers. */
export class PatchbayError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: PatchbayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PatchbayError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.extensions = options.extensions ?? {};
  }

  /** The registry entry for this error's code. */
  get kind(): ErrorKind {
    return ERROR_KINDS[this.code];
  }
}

/** True when the value is a PatchbayError (also across duplicated module instances). */
export function isPatchbayError(value: unknown): value is PatchbayError {
  return value instanceof PatchbayError || (value instanceof Error && value.name === 'PatchbayError' && 'code' in value);
}

/** Shorthand constructors for the kinds raised most often. */
export const errors = {
  invalidInput: (message: string, issues: FieldIssue[] = []) => new PatchbayError('invalid-input', message, { issues }),
  invalidDocument: (message: string, issues: FieldIssue[] = []) =>
    new PatchbayError('invalid-document', message, { issues }),
  notFound: (entity: string, id: string) => new PatchbayError('not-found', `${entity} '${id}' does not exist`),
  alreadyExists: (entity: string, id: string) =>
    new PatchbayError('already-exists', `${entity} '${id}' already exists; choose another id or update it instead`),
  versionMismatch: (entity: string, id: string, expected: number, current: number) =>
    new PatchbayError(
      'version-mismatch',
      `${entity} '${id}' is at version ${current}, not ${expected}: someone changed it since you read it. Fetch it again, re-apply your change and retry.`,
      { extensions: { currentVersion: current } },
    ),
};

/**
 * Runs a check on part of an input and reports its issues at their place in the whole input
 * (`/answers/2`, not `/2`), since the check itself only sees the part it was given.
 */
export function withPointerPrefix<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isPatchbayError(error)) {
      throw new PatchbayError(error.code, error.message, {
        issues: error.issues.map((issue) => ({ ...issue, pointer: `${prefix}${issue.pointer && issue.pointer !== '/' ? issue.pointer : ''}` })),
        extensions: error.extensions,
      });
    }
    throw error;
  }
}
