import got, { Method } from 'got';
import { QueryService, QueryResult, QueryError, ConnectionTestResult } from '@panelsmith/common';

export default class RestapiQueryService implements QueryService {
  async run(options: Record<string, any>, query: Record<string, any>): Promise<QueryResult> {
    const url = new URL(query.url, options.url || undefined).toString();
    const headers = Object.fromEntries([...(options.headers ?? []), ...(query.headers ?? [])]);
    if (options.auth_type === 'bearer') headers['Authorization'] = `Bearer ${options.bearer_token}`;
    try {
      const res = await got(url, {
        method: (query.method || 'GET').toUpperCase() as Method,
        headers,
        searchParams: Object.fromEntries(query.url_params ?? []),
        json: query.json_body,
        timeout: { request: 60000 },
      });
      let data: unknown = res.body;
      try {
        data = JSON.parse(res.body);
      } catch {
        /* keep text */
      }
      return { status: 'ok', data, metadata: { statusCode: res.statusCode } };
    } catch (e) {
      throw new QueryError('Query could not be completed', (e as Error).message);
    }
  }

  async testConnection(): Promise<ConnectionTestResult> {
    return { status: 'ok' };
  }
}
