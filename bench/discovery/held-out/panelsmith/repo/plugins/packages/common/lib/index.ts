export interface QueryResult {
  status: 'ok' | 'failed';
  data: unknown;
  metadata?: Record<string, unknown>;
}

export interface ConnectionTestResult {
  status: 'ok' | 'failed';
  message?: string;
}

export interface QueryService {
  run(sourceOptions: Record<string, any>, queryOptions: Record<string, any>): Promise<QueryResult>;
  testConnection(sourceOptions: Record<string, any>): Promise<ConnectionTestResult>;
}

export class QueryError extends Error {
  constructor(message: string, public readonly description?: unknown) {
    super(message);
  }
}
