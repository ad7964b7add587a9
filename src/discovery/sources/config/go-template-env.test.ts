import { describe, expect, it } from 'vitest';
import type { FactCondition } from '../../../core/discovery/facts.js';
import { conditionOf, fillGoTemplateEnv } from './go-template-env.js';

describe('conditionOf', () => {
  it.each<[string, FactCondition | undefined]>([
    ['.Env.ETHERPAD_URL_BASE', { key: 'ETHERPAD_URL_BASE', test: 'set', unsetIsEmpty: true }],
    ['$ENABLE_LETSENCRYPT', { key: 'ENABLE_LETSENCRYPT', test: 'set', unsetIsEmpty: true }],
    ['.Env.ENABLE_TURN | toBool', { key: 'ENABLE_TURN', test: 'true', unsetIsEmpty: true }],
    ['not .Env.DISABLE_HTTPS', { key: 'DISABLE_HTTPS', test: 'set', unsetIsEmpty: true, negated: true }],
    ['eq .Env.AUTH_TYPE "ldap"', { key: 'AUTH_TYPE', test: { equals: 'ldap' }, unsetIsEmpty: true }],
    ['ne "ldap" .Env.AUTH_TYPE', { key: 'AUTH_TYPE', test: { equals: 'ldap' }, unsetIsEmpty: true, negated: true }],
    ['getenv "WHITEBOARD_URL"', { key: 'WHITEBOARD_URL', test: 'set', unsetIsEmpty: true }],
    // A default decides the test where the environment sets nothing: on unless switched off.
    ['.Env.ENABLE_XMPP | default "true" | toBool', { key: 'ENABLE_XMPP', test: 'true', unsetValue: 'true' }],
    ['eq (getenv "AUTH_TYPE" "internal") "ldap"', { key: 'AUTH_TYPE', test: { equals: 'ldap' }, unsetValue: 'internal' }],
    // Not decided by one variable: no condition, the block is kept.
    ['and .Env.A .Env.B', undefined],
    ['.Values.enabled', undefined],
  ])('%s', (test, expected) => {
    expect(conditionOf(test)).toEqual(expected);
  });
});

describe('fillGoTemplateEnv', () => {
  const template = [
    '{{ $BOSH := .Env.XMPP_BOSH_URL_BASE }}', // 1
    'location = /http-bind { proxy_pass {{ .Env.XMPP_BOSH_URL_BASE }}/http-bind; }', // 2
    '{{ if .Env.ETHERPAD_URL_BASE }}', // 3
    'location /etherpad/ { proxy_pass {{ .Env.ETHERPAD_URL_BASE | default "http://etherpad:9001" }}/; }', // 4
    '{{ else if eq .Env.PADS "local" }}', // 5
    'location /pads/ { proxy_pass http://pads:{{ $PADS_PORT }}; }', // 6
    '{{ else }}', // 7
    '{{ range .Env.LIST }}x{{ end }}', // 8
    'location /ws { proxy_pass {{ $BOSH }}/ws; }', // 9
    '{{ end }}', // 10
    'location /x { proxy_pass {{ getenv "X_URL" }}; }', // 11
  ].join('\n');
  const filled = fillGoTemplateEnv(template);

  it('writes each variable reference as envsubst would leave it, keeping the lines', () => {
    expect(filled.text.split('\n')).toEqual([
      '',
      'location = /http-bind { proxy_pass ${XMPP_BOSH_URL_BASE}/http-bind; }',
      '',
      'location /etherpad/ { proxy_pass ${ETHERPAD_URL_BASE:-http://etherpad:9001}/; }',
      '',
      'location /pads/ { proxy_pass http://pads:${PADS_PORT}; }',
      '',
      'x',
      'location /ws { proxy_pass ${XMPP_BOSH_URL_BASE}/ws; }',
      '',
      'location /x { proxy_pass ${X_URL}; }',
    ]);
  });

  it('gives each line the conditions of the blocks around it; an else the failures of the tests before it', () => {
    const etherpad: FactCondition = { key: 'ETHERPAD_URL_BASE', test: 'set', unsetIsEmpty: true };
    const pads: FactCondition = { key: 'PADS', test: { equals: 'local' }, unsetIsEmpty: true };
    expect(filled.conditionsAt(2)).toEqual([]);
    expect(filled.conditionsAt(4)).toEqual([etherpad]);
    expect(filled.conditionsAt(6)).toEqual([{ ...etherpad, negated: true }, pads]);
    expect(filled.conditionsAt(8)).toEqual([{ ...etherpad, negated: true }, { ...pads, negated: true }]);
    expect(filled.conditionsAt(9)).toEqual([{ ...etherpad, negated: true }, { ...pads, negated: true }]);
    expect(filled.conditionsAt(11)).toEqual([]);
  });
});
