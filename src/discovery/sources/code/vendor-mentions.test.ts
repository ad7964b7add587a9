/**
 * Calls whose address is read at run time, in files whose literals name one SaaS vendor's API
 * host (vendor-mentions.ts), and the templates Python fills with `.format` on a module constant
 * (value-evaluation.ts formattedConstant): what the call's fact says of its target.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';
import { rubyCodeSource } from './ruby-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const cases: { name: string; source: Source; path: string; text: string; expected: string[] }[] = [
  {
    name: 'Ruby: a webhook URL from the settings table, checked against a pattern naming hooks.slack.com',
    source: rubyCodeSource,
    path: 'app/jobs/slack_notify_job.rb',
    text: code`
      class SlackNotifyJob
        WEBHOOK_FORMAT = %r{\\Ahttps://hooks\\.slack\\.com/services/}
        def perform(ticket_id)
          webhook_url = Setting.get("slack_webhook_url")
          return unless WEBHOOK_FORMAT.match?(webhook_url)
          Net::HTTP.post(URI(webhook_url), { text: "Ticket #{ticket_id}" }.to_json)
        end
      end`,
    expected: ['rest key=slack_webhook_url vendor=hooks.slack.com @6'],
  },
  {
    name: 'Python: a URL from a model checked against hooks.slack.com (discord.com is no listed vendor)',
    source: pythonCodeSource,
    path: 'notify/discord.py',
    text: code`
      import requests
      WEBHOOK_PREFIX = "https://discord.com/api/webhooks/"
      def post(channel, text):
          if not channel.url.startswith("https://hooks.slack.com/"):
              raise ValueError("not a Slack webhook")
          requests.post(channel.url, json={"text": text})`,
    expected: ['rest key=- vendor=hooks.slack.com @6'],
  },
  {
    name: 'TypeScript: two vendors named, so the runtime URL stays unknown',
    source: typescriptCodeSource,
    path: 'src/notify.ts',
    text: code`
      const SLACK = /^https:\\/\\/hooks\\.slack\\.com\\//;
      const TEAMS = 'https://acme.webhook.office.com/webhookb2/';
      export async function notify(url: string, body: object) {
        if (!SLACK.test(url) && !url.startsWith(TEAMS)) throw new Error('unsupported');
        await fetch(url, { method: 'POST', body: JSON.stringify(body) });
      }`,
    expected: [],
  },
  {
    name: 'Ruby: a vendor host only in a comment, or only in a docstring, names nothing',
    source: rubyCodeSource,
    path: 'lib/webhooks.rb',
    text: code`
      # e.g. https://hooks.slack.com/services/T000/B000/XXXX
      def deliver(hook)
        Net::HTTP.post(URI(hook.url), hook.payload)
      end`,
    expected: [],
  },
  {
    name: 'Python: a docstring\'s example host names nothing',
    source: pythonCodeSource,
    path: 'hooks/deliver.py',
    text: code`
      """Delivers to any webhook, e.g. https://hooks.slack.com/services/T000/B000/XXXX."""
      import requests
      def deliver(hook):
          requests.post(hook.url, json=hook.payload)`,
    expected: [],
  },
  {
    name: 'Python: a module constant filled with .format(prefix=…) is the literal URL, no hint needed',
    source: pythonCodeSource,
    path: 'accounts/password_policy.py',
    text: code`
      import requests
      PWNED_RANGE_URL = "https://api.pwnedpasswords.com/range/{prefix}"
      def breach_count(digest):
          return requests.get(PWNED_RANGE_URL.format(prefix=digest[:5]), timeout=5)`,
    expected: ['rest host=api.pwnedpasswords.com @4'],
  },
  {
    name: 'Ruby: a version check to a runtime URL is a call home, never a vendor\'s',
    source: rubyCodeSource,
    path: 'lib/version_check.rb',
    text: code`
      RELEASES = "https://api.github.com/repos/acme/desk/releases/latest"
      def check_for_updates
        Net::HTTP.get(URI(Setting.get("update_check_url")))
      end`,
    expected: [],
  },
];

describe('calls at a runtime address in a file naming one vendor host', () => {
  it.each(cases)('$name', async ({ source, path, text, expected }) => {
    const facts = await readSnippet(source, path, text);
    const calls = facts.flatMap((fact) => {
      if (fact.type !== 'connection' || fact.role !== 'calls') return [];
      if (fact.target.host !== undefined) return [`${fact.mechanism} host=${fact.target.host} @${fact.evidence.line}`];
      return fact.vendorHost !== undefined ? [`${fact.mechanism} key=${fact.target.key ?? '-'} vendor=${fact.vendorHost} @${fact.evidence.line}`] : [];
    });
    expect(calls).toEqual(expected);
  });
});
