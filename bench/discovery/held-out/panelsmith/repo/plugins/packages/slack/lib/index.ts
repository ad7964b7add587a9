import { WebClient } from '@slack/web-api';
import { QueryService, QueryResult, ConnectionTestResult } from '@panelsmith/common';

export default class SlackQueryService implements QueryService {
  async run(options: Record<string, any>, query: Record<string, any>): Promise<QueryResult> {
    const slack = new WebClient(options.access_token);
    switch (query.operation) {
      case 'list_users':
        return { status: 'ok', data: await slack.users.list({ limit: query.limit ?? 100 }) };
      case 'send_message':
        return {
          status: 'ok',
          data: await slack.chat.postMessage({ channel: query.channel, text: query.message, as_user: !!query.as_user }),
        };
      case 'list_channels':
        return { status: 'ok', data: await slack.conversations.list({ limit: 200 }) };
      default:
        throw new Error(`Unsupported Slack operation ${query.operation}`);
    }
  }

  async testConnection(options: Record<string, any>): Promise<ConnectionTestResult> {
    const res = await new WebClient(options.access_token).auth.test();
    return { status: res.ok ? 'ok' : 'failed' };
  }
}
