/**
 * Alert routing configuration (alerting-config.ts): the routed receivers of an Alertmanager
 * configuration and the Alertmanagers of a Prometheus one, in a group of their file that the
 * compose service loading the file takes in, or as the calls of the Kubernetes workload mounting
 * the ConfigMap holding them.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { alertingConfigSource } from './alerting-config.js';
import { alertingConfigGroup } from '../../../core/discovery/alerting.js';
import { dockerComposeSource } from './docker-compose.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import type { Source } from '../../source.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const calls = (facts: readonly Fact[]): object[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map(({ component, group, target, mechanism, technology, evidence }) => ({ component, group, target, mechanism, technology, line: evidence.line, excerpt: evidence.excerpt }));

const ALERTMANAGER = `global:
  slack_api_url: https://hooks.slack.com/services/T01/B01/s3cr3tPath
  smtp_smarthost: smtp.sendgrid.net:587
route:
  receiver: ops
  routes:
    - receiver: relay
receivers:
  - name: ops
    slack_configs:
      - channel: '#ops'
    email_configs:
      - to: ops@acme.test
  - name: relay
    webhook_configs:
      - url: http://gateway:8080/system/alert
      - url_file: /run/secrets/other
  - name: unused
    pagerduty_configs:
      - routing_key: abc
`;

const PROMETHEUS = `alerting:
  alertmanagers:
    - scheme: http
      static_configs:
        - targets: ['alertmanager:9093']
scrape_configs:
  - job_name: gateway
    static_configs:
      - targets: ['gateway:8080']
`;

describe('alerting-config', () => {
  it("reads an Alertmanager's routed receivers into the file's group, every webhook path (a token, perhaps) kept out of the evidence", async () => {
    const group = alertingConfigGroup('monitoring/alertmanager.yml');
    const facts = await read(alertingConfigSource, 'monitoring/alertmanager.yml', ALERTMANAGER);
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => fact.type === 'binding' && fact.group)).toEqual([group]);
    expect(calls(facts)).toEqual([
      { component: undefined, group, target: { url: 'https://hooks.slack.com' }, mechanism: 'rest', technology: undefined, line: 2, excerpt: 'slack_api_url: https://hooks.slack.com/***' },
      { component: undefined, group, target: { host: 'smtp.sendgrid.net', port: 587 }, mechanism: 'email', technology: 'SMTP', line: 3, excerpt: 'smtp_smarthost: smtp.sendgrid.net:587' },
      { component: undefined, group, target: { url: 'http://gateway:8080/system/alert' }, mechanism: 'rest', technology: undefined, line: 16, excerpt: '- url: http://gateway:8080/***' },
    ]);
  });

  it("reads Prometheus' Alertmanagers, not its scrape targets", async () => {
    expect(calls(await read(alertingConfigSource, 'prometheus/prometheus.yml', PROMETHEUS)).map((call) => (call as { target: unknown }).target)).toEqual([{ url: 'http://alertmanager:9093' }]);
  });

  it.each([
    ['a configuration with no route', 'receivers:\n  - name: ops\n    slack_configs:\n      - api_url: https://hooks.slack.com/services/x\n'],
    ['a Kubernetes object', `kind: Secret\n${ALERTMANAGER}`],
    ['a Prometheus configuration without alerting', 'scrape_configs:\n  - job_name: x\n    static_configs:\n      - targets: [a:1]\n'],
  ])('reads nothing from %s', async (_case, text) => {
    expect(await read(alertingConfigSource, 'alertmanager.yml', text)).toEqual([]);
  });
});

describe('docker-compose alerting configuration', () => {
  const groupsOf = (facts: readonly Fact[], service: string): string[] =>
    facts.flatMap((fact) => (fact.type === 'binding' && fact.component === service && fact.key === '*' && fact.value.includes('alerting:') ? [fact.value] : []));

  it.each<[string, string[], string[]]>([
    ['an Alertmanager mounting its folder', ['    image: prom/alertmanager:v0.27.0', '    volumes: ["./monitoring/alertmanager:/etc/alertmanager:ro"]'], ['monitoring/alertmanager/alertmanager.yml']],
    ['an Alertmanager whose --config.file is elsewhere', ['    image: quay.io/prometheus/alertmanager', '    command: ["--config.file=/config/am.yml"]', '    volumes: ["./am:/config"]'], ['am/am.yml']],
    ['a Prometheus mounting its file', ['    image: prom/prometheus', '    volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]'], ['prometheus.yml']],
    ["a fork built by the repository, told its file", ['    build: ./alertmanager', '    command: --config.file=/etc/alertmanager/alertmanager.yml', '    volumes: ["./deploy/alertmanager.yml:/etc/alertmanager/alertmanager.yml"]'], ['deploy/alertmanager.yml']],
    ['a program embedding the rule engine, given a prometheus.yml', ['    build: ./ruler', '    volumes: ["./config/prometheus.yml:/app/prometheus.yml"]'], ['config/prometheus.yml']],
    ['a service mounting other configuration', ['    image: nginx', '    volumes: ["./nginx.conf:/etc/nginx/nginx.conf"]'], []],
  ])('%s', async (_case, lines, files) => {
    const facts = await read(dockerComposeSource, 'docker-compose.yml', ['services:', '  svc:', ...lines, ''].join('\n'));
    expect(groupsOf(facts, 'svc')).toEqual(files.map((file) => `$group:${alertingConfigGroup(file)}`));
  });
});

describe('kubernetes alerting configuration', () => {
  it("gives a mounted ConfigMap's routing to the workload", async () => {
    const indented = ALERTMANAGER.split('\n').map((line) => (line === '' ? line : `    ${line}`)).join('\n');
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: alertmanager-config
data:
  alertmanager.yml: |
${indented}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: alertmanager
spec:
  template:
    spec:
      containers:
        - name: alertmanager
          image: prom/alertmanager:v0.27.0
      volumes:
        - name: config
          configMap:
            name: alertmanager-config
`;
    const found = calls(await read(kubernetesManifestsSource, 'k8s/alertmanager.yaml', manifest)) as { component?: string; target: unknown }[];
    expect(found.filter((call) => call.component === 'alertmanager').map((call) => call.target)).toEqual([{ url: 'https://hooks.slack.com' }, { host: 'smtp.sendgrid.net', port: 587 }, { url: 'http://gateway:8080/system/alert' }]);
  });
});
