/** A problem reported by the API (RFC 9457), kept whole so pages can show every detail. */
export interface ProblemError {
  /** JSON pointer to the field, e.g. `/source`. */
  pointer?: string;
  file?: string;
  line?: number;
  column?: number;
  detail: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: ProblemError[];
  [extension: string]: unknown;
}

/** Thrown by the API client for every answer that is not a success. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: ProblemBody;

  constructor(status: number, problem: ProblemBody) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.problem = problem;
  }

  /** The stable code of the problem (the last part of its type URI). */
  get code(): string {
    return this.problem.code ?? this.problem.type?.split('/').pop() ?? `http-${this.status}`;
  }

  /** Field errors keyed by JSON pointer ('' for the body as a whole). */
  get fieldErrors(): Map<string, string[]> {
    const byPointer = new Map<string, string[]>();
    for (const error of this.problem.errors ?? []) {
      const key = error.pointer ?? '';
      byPointer.set(key, [...(byPointer.get(key) ?? []), error.detail]);
    }
    return byPointer;
  }
}

/** True for a refused write because someone else changed the record first. */
export function isConflict(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && (error.status === 412 || error.status === 409);
}
