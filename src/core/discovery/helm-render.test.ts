import { describe, expect, it } from 'vitest';
import { releaseNaming, renderValueRanges } from './helm-render.js';

const INGRESS = [
  '{{- if .Values.ingress.enabled }}', //                          1
  'kind: Ingress', //                                              2
  'spec:', //                                                      3
  '  ingressClassName: {{ .Values.ingress.className }}', //        4
  '  rules:', //                                                   5
  '  {{- range .Values.ingress.hosts }}', //                       6
  '    - host: {{ .host | quote }}', //                            7
  '      http:', //                                                8
  '        paths:', //                                             9
  '        {{- range .paths }}', //                                10
  '          - path: {{ .path }}', //                              11
  '            backend:', //                                       12
  '              service:', //                                     13
  '                name: {{ .backend.service.name }}', //          14
  '                port:', //                                      15
  '                  number: {{ .backend.service.port.number }}', // 16
  '        {{- end }}', //                                         17
  '  {{- end }}', //                                               18
  '{{- end }}', //                                                 19
].join('\n');

const VALUES = {
  ingress: {
    enabled: true,
    className: 'nginx',
    hosts: [
      { host: 'x.example.com', paths: [{ path: '/', backend: { service: { name: 'proxy-service', port: { number: 10000 } } } }] },
      { host: 'admin.example.com', paths: [{ path: '/a', backend: { service: { name: 'admin', port: { number: 80 } } } }, { path: '/b', backend: { service: { name: 'billing', port: { number: 80 } } } }] },
    ],
  },
};

/** The rendered text's non-blank lines, each with the template line it came from. */
function rendered(text: string, values: Record<string, unknown>): string[] | undefined {
  const result = renderValueRanges(text, values);
  if (!result) return undefined;
  return result.text
    .split('\n')
    .map((line, index) => [line, result.lineOf[index]] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, origin]) => `${origin}: ${line.trim()}`);
}

describe('renderValueRanges', () => {
  it('renders nested ranges over values lists, each line keeping its template line, and leaves what is outside as written', () => {
    expect(rendered(INGRESS, VALUES)).toEqual([
      '1: {{- if .Values.ingress.enabled }}',
      '2: kind: Ingress',
      '3: spec:',
      '4: ingressClassName: {{ .Values.ingress.className }}',
      '5: rules:',
      '7: - host: "x.example.com"',
      '8: http:',
      '9: paths:',
      '11: - path: /',
      '12: backend:',
      '13: service:',
      '14: name: proxy-service',
      '15: port:',
      '16: number: 10000',
      '7: - host: "admin.example.com"',
      '8: http:',
      '9: paths:',
      '11: - path: /a',
      '12: backend:',
      '13: service:',
      '14: name: admin',
      '15: port:',
      '16: number: 80',
      '11: - path: /b',
      '12: backend:',
      '13: service:',
      '14: name: billing',
      '15: port:',
      '16: number: 80',
      '19: {{- end }}',
    ]);
  });

  it('ranges over a map in key order, `$key, $value :=` bound, `$` the root, an `if` on the element decided', () => {
    const text = [
      '{{- range $name, $svc := .Values.services }}',
      '{{- if $svc.enabled }}',
      '---',
      'kind: Deployment',
      'metadata:',
      '  name: {{ $name }}',
      '  namespace: {{ $.Values.namespace | default "apps" }}',
      'env:',
      '  {{- range $key, $value := $svc.env }}',
      '  - name: {{ $key }}',
      '    value: {{ $value | quote }}',
      '  {{- end }}',
      '{{- end }}',
      '{{- end }}',
    ].join('\n');
    const values = { services: { orders: { enabled: true, env: { DB_URL: 'postgres://db:5432/orders' } }, legacy: { enabled: false, env: { X: 'y' } }, billing: { enabled: true } } };
    expect(rendered(text, values)?.map((line) => line.replace(/^\d+: /, ''))).toEqual([
      '---',
      'kind: Deployment',
      'metadata:',
      'name: billing',
      'namespace: apps',
      'env:',
      '---',
      'kind: Deployment',
      'metadata:',
      'name: orders',
      'namespace: apps',
      'env:',
      '- name: DB_URL',
      'value: "postgres://db:5432/orders"',
    ]);
  });

  it('follows the variables `helm create` sets before its Ingress, keeping a helper for the template reader', () => {
    const text = [
      '{{- $fullName := include "shop.fullname" . -}}',
      '{{- $svcPort := .Values.service.port -}}',
      'rules:',
      '  {{- range .Values.ingress.hosts }}',
      '  - host: {{ .host | quote }}',
      '    name: {{ $fullName }}',
      '    port: {{ $svcPort }}',
      '    release: {{ $.Release.Name }}',
      '    {{- if semverCompare ">=1.19-0" $.Capabilities.KubeVersion.GitVersion }}',
      '    v1: true',
      '    {{- end }}',
      '  {{- end }}',
    ].join('\n');
    expect(rendered(text, { service: { port: 8080 }, ingress: { hosts: [{ host: 'shop.example.com' }] } })?.map((line) => line.replace(/^\d+: /, ''))).toEqual([
      '{{- $fullName := include "shop.fullname" . -}}',
      '{{- $svcPort := .Values.service.port -}}',
      'rules:',
      '- host: "shop.example.com"',
      'name: {{ include "shop.fullname" . }}',
      'port: 8080',
      'release: {{ $.Release.Name }}',
      '{{- if semverCompare ">=1.19-0" $.Capabilities.KubeVersion.GitVersion }}',
      'v1: true',
      '{{- end }}',
    ]);
  });

  it.each<[string, string, Record<string, unknown>, string | undefined]>([
    ['quote of a number', '{{ range .Values.l }}{{ .port | quote }}{{ end }}', { l: [{ port: 80 }] }, '"80"'],
    ['default over a missing field', '{{ range .Values.l }}{{ .kind | default "http" }}{{ end }}', { l: [{}] }, 'http'],
    ['default as a call', '{{ range .Values.l }}{{ default "http" .kind }}{{ end }}', { l: [{ kind: 'grpc' }] }, 'grpc'],
    ['lower, trim, toString', '{{ range .Values.l }}{{ .n | trim | lower }}-{{ toString .p }}{{ end }}', { l: [{ n: ' Orders ', p: 9 }] }, 'orders-9'],
    ['printf', '{{ range .Values.l }}{{ printf "%s-api" .name }}{{ end }}', { l: [{ name: 'cart' }] }, 'cart-api'],
    ['squote', "{{ range .Values.l }}{{ squote . }}{{ end }}", { l: ['a'] }, "'a'"],
    ['an element named `$e :=`', '{{ range $e := .Values.l }}{{ $e }}{{ end }}', { l: ['a', 'b'] }, 'ab'],
    ['an index and element', '{{ range $i, $e := .Values.l }}{{ $i }}={{ $e }};{{ end }}', { l: ['a', 'b'] }, '0=a;1=b;'],
    ['an empty list renders its else', '{{ range .Values.l }}x{{ else }}none{{ end }}', { l: [] }, 'none'],
    ['a null value renders nothing', '[{{ range .Values.l }}x{{ end }}]', { l: null }, '[]'],
    ['`if` and `else` on the element', '{{ range .Values.l }}{{ if .on }}on{{ else }}off{{ end }};{{ end }}', { l: [{ on: true }, { on: false }, {}] }, 'on;off;off;'],
    ['`if not`, `and`, `eq`', '{{ range .Values.l }}{{ if and (not .off) (eq .kind "web") }}{{ .name }}{{ end }}{{ end }}', { l: [{ kind: 'web', name: 'a' }, { kind: 'web', off: true, name: 'b' }, { kind: 'job', name: 'c' }] }, 'a'],
    ['`with` on the element', '{{ range .Values.l }}{{ with .db }}{{ .host }}{{ else }}none{{ end }};{{ end }}', { l: [{ db: { host: 'pg' } }, {}] }, 'pg;none;'],
    ['`hasKey` and `empty`', '{{ range .Values.l }}{{ if hasKey . "port" }}p{{ end }}{{ if empty .tags }}e{{ end }};{{ end }}', { l: [{ port: 1, tags: [] }, { tags: ['x'] }] }, 'pe;;'],
    ['a value not stated by values.yaml stays as written', '{{ range .Values.l }}{{ $.Values.missing.host }}{{ end }}', { l: [1] }, '{{ $.Values.missing.host }}'],
    ['an `if` on a value not stated keeps both its branches', '{{ range .Values.l }}{{ if $.Values.tls }}s{{ else }}p{{ end }}{{ end }}', { l: [1] }, '{{ if $.Values.tls }}s{{ else }}p{{ end }}'],
    ['a map printed is left', '{{ range .Values.l }}{{ .resources }}{{ end }}', { l: [{ resources: { cpu: 1 } }] }, '{{ .resources }}'],
    ['a helper is left', '{{ range .Values.l }}{{ include "x.labels" $ }}{{ end }}', { l: [1] }, '{{ include "x.labels" $ }}'],
    ['a value spanning lines is left', '{{ range .Values.l }}{{ . }}{{ end }}', { l: ['a\nb'] }, '{{ . }}'],
    ['an assignment inside renders nothing and binds', '{{ range .Values.l }}{{ $n := .name }}{{ $n }}{{ end }}', { l: [{ name: 'a' }] }, 'a'],
    ['a comment inside renders nothing', '{{ range .Values.l }}{{/* note */}}x{{ end }}', { l: [1] }, 'x'],
    ['a range over a value not stated is left', '{{ range .Values.missing }}x{{ end }}', {}, undefined],
    ['a range over something computed is left', '{{ range $i := until 3 }}x{{ end }}', {}, undefined],
    ['a template that does not balance', '{{ range .Values.l }}x', { l: [1] }, undefined],
    ['no range', '{{ .Values.x }}', { x: 1 }, undefined],
  ])('%s', (_case, text, values, expected) => {
    expect(renderValueRanges(text, values)?.text).toBe(expected);
  });
});

/** The fullname and name helpers as `helm create` writes them. */
const HELPERS = [
  '{{/*',
  'Expand the name of the chart.',
  '*/}}',
  '{{- define "shop.name" -}}',
  '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
  '{{- end }}',
  '',
  '{{- define "shop.fullname" -}}',
  '{{- if .Values.fullnameOverride }}',
  '{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}',
  '{{- else }}',
  '{{- $name := default .Chart.Name .Values.nameOverride }}',
  '{{- if contains $name .Release.Name }}',
  '{{- .Release.Name | trunc 63 | trimSuffix "-" }}',
  '{{- else }}',
  '{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}',
  '{{- end }}',
  '{{- end }}',
  '{{- end }}',
  '',
  '{{- define "shop.chart" -}}',
  '{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}',
  '{{- end }}',
  '',
  '{{- define "shop.worker" -}}',
  '{{ include "shop.fullname" . }}-worker',
  '{{- end }}',
  '',
  '{{- define "shop.selectorLabels" -}}',
  'app.kubernetes.io/name: {{ include "shop.name" . }}',
  'app.kubernetes.io/instance: {{ .Release.Name }}',
  '{{- end }}',
  '',
  '{{- define "shop.loop" -}}{{ include "shop.loop" . }}{{- end }}',
].join('\n');

describe('releaseNaming', () => {
  const chart = { name: 'shop', version: '1.2.0+build.3' };
  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['the fullname helper gives fullnameOverride', { fullnameOverride: 'storefront', nameOverride: '' }, '{{ include "shop.fullname" . }}', 'storefront'],
    ['the fullname helper gives nameOverride (the release installed under it)', { fullnameOverride: '', nameOverride: 'webshop' }, '{{ include "shop.fullname" . }}', 'webshop'],
    ['the fullname helper gives the chart\'s name without overrides', { fullnameOverride: '', nameOverride: '' }, '{{ include "shop.fullname" . }}', 'shop'],
    ['overrides the values do not state are nil', {}, '{{ include "shop.fullname" . }}', 'shop'],
    ['the name helper', { nameOverride: 'webshop' }, '{{ include "shop.name" . }}', 'webshop'],
    ['`template` and `$` alike, through pipes', { fullnameOverride: 'storefront' }, '{{- template "shop.fullname" $ | trunc 63 -}}', 'storefront'],
    ['a helper including another', { fullnameOverride: 'storefront' }, '{{ include "shop.worker" . }}', 'storefront-worker'],
    ['the chart\'s metadata', {}, '{{ include "shop.chart" . }}', 'shop-1.2.0_build.3'],
    ['`.Chart.Name`', { nameOverride: 'webshop' }, '{{ .Chart.Name }}', 'shop'],
    ['`.Release.Name`', { nameOverride: 'webshop' }, '{{ .Release.Name }}', 'webshop'],
    ['a helper spanning lines is no name', {}, '{{ include "shop.selectorLabels" . }}', undefined],
    ['a helper the chart does not define', {}, '{{ include "common.names.fullname" . }}', undefined],
    ['a helper including itself', {}, '{{ include "shop.loop" . }}', undefined],
    ['what the release does not tell', {}, '{{ .Release.Namespace }}', undefined],
    ['nor its revision', {}, '{{ .Release.Revision }}', undefined],
    ['the namespace of an in-cluster host, any namespace naming the same Service', {}, '{{ printf "%s.%s.svc:80" (include "shop.fullname" .) .Release.Namespace }}', 'shop.default.svc:80'],
    ['the namespace anywhere else', {}, '{{ printf "%s.example.com" .Release.Namespace }}', undefined],
    ['the namespace changed by a function', {}, '{{ printf "a.%s.svc" (upper .Release.Namespace) }}', undefined],
    ['a value computed at install time', { fullnameOverride: '' }, '{{ lookup "v1" "Secret" "" "x" }}', undefined],
  ])('%s', (_case, values, action, expected) => {
    expect(releaseNaming(chart, values, HELPERS)(action)).toBe(expected);
  });

  it('follows no helper when the chart gives none, or they do not balance', () => {
    expect(releaseNaming(chart, { fullnameOverride: 'storefront' })('{{ include "shop.fullname" . }}')).toBeUndefined();
    expect(releaseNaming(chart, { fullnameOverride: 'storefront' }, '{{- define "shop.fullname" -}}{{ if .x }}')('{{ include "shop.fullname" . }}')).toBeUndefined();
  });

  it('leaves ranges rendering helpers as written', () => {
    expect(renderValueRanges('{{ range .Values.l }}{{ include "shop.fullname" $ }}-{{ . }}{{ end }}', { l: ['a'], fullnameOverride: 'storefront' })?.text).toBe('{{ include "shop.fullname" $ }}-a');
  });
});

/** Helpers building connection addresses from the values, as goharbor/harbor-helm and Bitnami-style charts write them. */
const ADDRESS_HELPERS = [
  HELPERS,
  '{{- define "shop.redis.fullname" -}}{{ printf "%s-redis" (include "shop.fullname" .) }}{{- end -}}',
  '{{- define "shop.redis.host" -}}',
  '{{- if eq .Values.redis.type "internal" -}}{{ template "shop.redis.fullname" . }}',
  '{{- else if eq .Values.redis.type "sentinel" -}}{{ .Values.redis.sentinel.addr }}',
  '{{- else -}}{{ .Values.redis.external.addr }}{{- end -}}',
  '{{- end -}}',
  '{{- define "shop.redis.url" -}}{{ printf "redis://%s:%v/%d" (include "shop.redis.host" .) .Values.redis.port .Values.redis.index }}{{- end -}}',
  '{{- define "shop.database.host" -}}{{- if ne .Values.database.type "external" -}}{{ include "shop.fullname" . }}-database{{- else -}}{{ .Values.database.external.host | default "localhost" }}{{- end -}}{{- end -}}',
  '{{- define "shop.scheme" -}}{{ if and .Values.tls.enabled (not .Values.tls.offload) }}https{{ else }}http{{ end }}{{- end -}}',
  '{{- define "shop.registryURL" -}}{{ printf "%s://%s-registry:%v" (include "shop.scheme" .) (include "shop.fullname" .) .Values.registry.port }}{{- end -}}',
  '{{- define "shop.search" -}}{{ printf "%s-Search.%s.svc.cluster.local" .Release.Name .Release.Namespace | lower | trimSuffix ".cluster.local" }}{{- end -}}',
  '{{- define "shop.loud" -}}{{ include "shop.fullname" . | upper }}{{- end -}}',
  '{{- define "shop.trimmed" -}}{{ .Values.registry.url | trimPrefix "http://" | trimSuffix "/" | quote }}{{- end -}}',
  '{{- define "shop.chartName" -}}{{ or .Values.unset .Chart.Name }}{{- end -}}',
  '{{- define "shop.computed" -}}{{ .Values.redis.external.addr | b64enc }}{{- end -}}',
  '{{- define "shop.unstated" -}}{{ if .Values.feature.on }}on{{ else }}off{{ end }}{{- end -}}',
].join('\n');

describe('releaseNaming of helpers building addresses', () => {
  const chart = { name: 'shop' };
  const values = {
    redis: { type: 'internal', port: 6379, index: 2, external: { addr: 'cache.prod.internal' }, sentinel: { addr: 'sentinel:26379' } },
    database: { type: 'internal', external: { host: 'db.prod.internal' } },
    tls: { enabled: true, offload: false },
    registry: { port: 5000, url: 'http://registry.shop.io/' },
  };
  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['an internal branch: the chart\'s own Service', values, '{{ include "shop.redis.url" . }}', 'redis://shop-redis:6379/2'],
    ['the external branch when the values choose it', { ...values, redis: { ...values.redis, type: 'external' } }, '{{ template "shop.redis.host" . }}', 'cache.prod.internal'],
    ['an `else if` branch', { ...values, redis: { ...values.redis, type: 'sentinel' } }, '{{ template "shop.redis.host" . }}', 'sentinel:26379'],
    ['`ne` and text after an include', values, '{{ include "shop.database.host" . }}', 'shop-database'],
    ['`default` in the branch taken', { ...values, database: { type: 'external', external: {} } }, '{{ include "shop.database.host" . }}', 'localhost'],
    ['`and`, `not` and nested includes', values, '{{ include "shop.registryURL" . }}', 'https://shop-registry:5000'],
    ['`and` on a false value', { ...values, tls: { enabled: false } }, '{{ include "shop.registryURL" . }}', 'http://shop-registry:5000'],
    ['the release\'s name and namespace, `lower`, `trimSuffix`', values, '{{ include "shop.search" . }}', 'shop-search.default.svc'],
    ['`upper`', values, '{{ include "shop.loud" . }}', 'SHOP'],
    ['`trimPrefix`, `trimSuffix`, `quote`', values, '{{ include "shop.trimmed" . }}', '"registry.shop.io"'],
    ['`or` falls through nil to the chart', values, '{{ include "shop.chartName" . }}', 'shop'],
    ['`%d` of a string is no address', { ...values, redis: { ...values.redis, index: 'two' } }, '{{ include "shop.redis.url" . }}', undefined],
    ['a function not followed', values, '{{ include "shop.computed" . }}', undefined],
    ['the values choosing no branch that exists', { ...values, redis: { type: 'internal' } }, '{{ include "shop.redis.url" . }}', undefined],
    ['a test on a value values.yaml does not state is nil', values, '{{ include "shop.unstated" . }}', 'off'],
    ['a pipeline outside helpers', values, '{{ printf "%s-worker:%v" (include "shop.fullname" .) .Values.registry.port | quote }}', '"shop-worker:5000"'],
  ])('%s', (_case, given, action, expected) => {
    expect(releaseNaming(chart, given, ADDRESS_HELPERS)(action)).toBe(expected);
  });
});
