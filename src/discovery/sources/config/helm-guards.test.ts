import { describe, expect, it } from 'vitest';
import type { ValuesTest } from '../../../core/discovery/facts.js';
import { templateGuards, testsOf } from './helm-guards.js';

describe('templateGuards', () => {
  it('guards the lines of a whole-template `if` on a value, as `helm create` writes its Ingress', () => {
    const text = ['{{- if .Values.ingress.enabled -}}', 'apiVersion: networking.k8s.io/v1', 'kind: Ingress', '{{- end }}'].join('\n');
    expect(templateGuards(text)).toEqual([{ line: 1, from: 2, to: 3, tests: [{ path: 'ingress.enabled', truthy: true }] }]);
  });

  it('gives an `else` of one test its negation, and nested branches their own tests', () => {
    const text = [
      'env:', //                                              1
      '{{- if .Values.externalBroker.enabled }}', //          2
      '  - name: AMQP_URL', //                                3
      '    value: amqps://mq.partner.example', //              4
      '{{- else }}', //                                       5
      '  - name: AMQP_URL', //                                6
      '    value: amqp://rabbitmq:5672', //                    7
      '  {{- with .Values.audit }}', //                       8
      '  - name: AUDIT', //                                   9
      '  {{- end }}', //                                      10
      '{{- end }}', //                                        11
    ].join('\n');
    expect(templateGuards(text)).toEqual([
      { line: 2, from: 3, to: 4, tests: [{ path: 'externalBroker.enabled', truthy: true }] },
      { line: 8, from: 9, to: 9, tests: [{ path: 'audit', truthy: true }] },
      { line: 5, from: 6, to: 10, tests: [{ path: 'externalBroker.enabled', truthy: false }] },
    ]);
  });

  it.each<[string, string, number]>([
    ['a test on something other than values', '{{- if .Release.IsInstall }}\nkind: Job\n{{- end }}', 0],
    ['an `or`', '{{- if or .Values.a .Values.b }}\nkind: Job\n{{- end }}', 0],
    ['a `range` block', '{{- range .Values.workers }}\nkind: Deployment\n{{- end }}', 0],
    ['an `if` opened and closed on one line', 'replicas: {{ if .Values.ha }}3{{ else }}1{{ end }}', 0],
    ['a comment holding an action word', '{{/* if .Values.x */}}\nkind: Service', 0],
    ['a template that does not balance', '{{- if .Values.a }}\nkind: Job', 0],
    ['an `else if` chain: each branch its own test, the final else none', '{{- if eq .Values.db "pg" }}\na: 1\n{{- else if eq .Values.db "mysql" }}\nb: 2\n{{- else }}\nc: 3\n{{- end }}', 2],
  ])('%s', (_case, text, count) => {
    expect(templateGuards(text)).toHaveLength(count);
  });
});

describe('templateGuards through a variable bound to the values', () => {
  it.each<[string, string, string[]]>([
    ['`index .Values` with a dashed key', '{{- $cron := index .Values "ingestion-cron" }}\n{{- if $cron.enabled }}\nkind: CronJob\n{{- end }}', ['ingestion-cron.enabled']],
    ['a plain values path', '{{- $db := .Values.database }}\n{{- if not $db.external }}\nkind: StatefulSet\n{{- end }}', ['database.external']],
    ['nested `index` keys and a variable bound to a variable', '{{- $a := index .Values "a-b" "c" }}\n{{- $d := $a.d }}\n{{- if $d.on }}\nx: 1\n{{- end }}', ['a-b.c.d.on']],
    ['a variable bound to a helper says nothing', '{{- $n := include "x.fullname" . }}\n{{- if $n }}\nx: 1\n{{- end }}', []],
    ['a range variable says nothing', '{{- range $k, $c := .Values.crons }}\n{{- if $c.enabled }}\nx: 1\n{{- end }}\n{{- end }}', []],
  ])('%s', (_case, text, paths) => {
    expect(templateGuards(text).flatMap((guard) => guard.tests.map((test) => test.path))).toEqual(paths);
  });
});

describe('testsOf', () => {
  it.each<[string, ValuesTest[]]>([
    ['.Values.worker.enabled', [{ path: 'worker.enabled', truthy: true }]],
    ['$.Values.worker.enabled', [{ path: 'worker.enabled', truthy: true }]],
    ['not .Values.externalDatabase.enabled', [{ path: 'externalDatabase.enabled', truthy: false }]],
    ['and .Values.metrics.enabled .Values.metrics.serviceMonitor.enabled', [{ path: 'metrics.enabled', truthy: true }, { path: 'metrics.serviceMonitor.enabled', truthy: true }]],
    ['and .Values.a (not .Values.b)', [{ path: 'a', truthy: true }, { path: 'b', truthy: false }]],
    ['eq .Values.queue.kind "redis"', [{ path: 'queue.kind', equals: 'redis' }]],
    ['ne "kafka" .Values.queue.kind', [{ path: 'queue.kind', equals: 'kafka', negated: true }]],
    ['(.Values.ingress.enabled)', [{ path: 'ingress.enabled', truthy: true }]],
    ['.Values.ingress.enabled | default true', []],
    ['include "chart.enabled" .', []],
    ['$enabled', []],
  ])('%s', (expression, expected) => {
    expect(testsOf(expression)).toEqual(expected);
  });
});
