import { describe, expect, it } from 'vitest';
import { alertingConfigPath, alertmanagerUrl, alertReceiverTarget, isAlertingConfigGroup, alertingConfigGroup, routedReceivers } from './alerting.js';

describe('alertReceiverTarget', () => {
  it.each([
    ['a Slack URL in the entry, cut to its host', 'slack_configs', { api_url: 'https://hooks.slack.com/services/T/B/x' }, {}, { kind: 'rest', url: 'https://hooks.slack.com' }],
    ["a Slack entry with global's URL", 'slack_configs', { channel: '#ops' }, { slack_api_url: 'https://hooks.slack.com/services/T/B/x' }, { kind: 'rest', url: 'https://hooks.slack.com' }],
    ['a Slack entry with no URL', 'slack_configs', { channel: '#ops' }, {}, undefined],
    ['a Slack URL read from a file', 'slack_configs', { api_url_file: '/etc/secrets/slack' }, {}, undefined],
    ['a Slack URL from an environment variable', 'slack_configs', { api_url: '${SLACK_URL}' }, {}, undefined],
    ['a webhook of the deployment keeps its path', 'webhook_configs', { url: 'http://gateway:8080/system/alert' }, {}, { kind: 'rest', url: 'http://gateway:8080/system/alert' }],
    ['a webhook read from a file', 'webhook_configs', { url_file: '/etc/secrets/url' }, {}, undefined],
    ["PagerDuty's default events API", 'pagerduty_configs', { routing_key: 'k' }, {}, { kind: 'rest', url: 'https://events.pagerduty.com' }],
    ['PagerDuty whose URL is in a file', 'pagerduty_configs', { routing_key: 'k', url_file: '/x' }, {}, undefined],
    ["Opsgenie's default API", 'opsgenie_configs', { api_key: 'k' }, {}, { kind: 'rest', url: 'https://api.opsgenie.com' }],
    ['a Teams webhook', 'msteams_configs', { webhook_url: 'https://acme.webhook.office.com/webhookb2/x' }, {}, { kind: 'rest', url: 'https://acme.webhook.office.com' }],
    ["e-mail through global's smarthost", 'email_configs', { to: 'ops@acme.test' }, { smtp_smarthost: 'smtp.sendgrid.net:587' }, { kind: 'email', host: 'smtp.sendgrid.net', port: 587 }],
    ["e-mail through the entry's own smarthost", 'email_configs', { smarthost: 'mail.acme.internal:25' }, { smtp_smarthost: 'smtp.sendgrid.net:587' }, { kind: 'email', host: 'mail.acme.internal', port: 25 }],
    ['e-mail with no smarthost', 'email_configs', { to: 'ops@acme.test' }, {}, undefined],
    ['an integration Alertmanager does not have', 'carrier_pigeon_configs', { url: 'https://x.test' }, {}, undefined],
  ] as const)('%s', (_case, integration, entry, global, expected) => {
    expect(alertReceiverTarget(integration, entry, global)).toEqual(expected);
  });
});

describe('routedReceivers', () => {
  it('collects the receivers of a route and its nested routes only', () => {
    expect([...routedReceivers({ receiver: 'ops', routes: [{ receiver: 'hook', routes: [{ routes: [{ receiver: 'deep', routes: [] }] }] }] })]).toEqual(['ops', 'hook', 'deep']);
    expect([...routedReceivers(undefined)]).toEqual([]);
  });
});

describe('alertmanagerUrl', () => {
  it.each([
    ['alertmanager:9093', undefined, undefined, 'http://alertmanager:9093'],
    ['am.monitoring.svc:9093', 'https', '/alertmanager/', 'https://am.monitoring.svc:9093/alertmanager'],
    ['${AM_HOST}', undefined, undefined, undefined],
    ['http://alertmanager:9093', undefined, undefined, undefined],
  ] as const)('%s (%s, %s)', (target, scheme, prefix, expected) => {
    expect(alertmanagerUrl(target, scheme, prefix)).toBe(expected);
  });
});

describe('alertingConfigPath', () => {
  it.each([
    [['--config.file=/etc/am/config.yml'], 'Alertmanager', '/etc/am/config.yml'],
    [['--config.file', '/etc/prometheus/prom.yml'], 'Prometheus', '/etc/prometheus/prom.yml'],
    [['-config.file=/conf/prometheus.yml'], undefined, '/conf/prometheus.yml'],
    [[], 'Alertmanager', '/etc/alertmanager/alertmanager.yml'],
    [[], 'Prometheus', '/etc/prometheus/prometheus.yml'],
    [[], undefined, undefined],
  ] as const)('%j of %s', (words, technology, expected) => {
    expect(alertingConfigPath(words, technology)).toBe(expected);
  });
});

it('names a group per file that no ConfigMap group can be', () => {
  expect(isAlertingConfigGroup(alertingConfigGroup('monitoring/alertmanager.yml'))).toBe(true);
  expect(isAlertingConfigGroup('configmap-settings:alertmanager')).toBe(false);
});
