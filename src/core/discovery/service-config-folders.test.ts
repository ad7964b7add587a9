import { describe, expect, it } from 'vitest';
import type { BindingFact } from './facts.js';
import { isDeveloperName, locationInclusions, locationNames, mountedInclusions, serviceConfigFile } from './service-config-folders.js';

describe('serviceConfigFile', () => {
  it.each<[string, ReturnType<typeof serviceConfigFile>]>([
    ['config/orders.yml', { base: 'orders', developer: false }],
    ['config/relayworks.yml', { base: 'relayworks', developer: false }],
    ['platform/configs/orders-prod.yaml', { base: 'orders-prod', developer: false }],
    ['configuration/Billing.properties', { base: 'billing', developer: false }],
    ['config/orders-local.yml', { base: 'orders-local', developer: true }],
    ['config/orders-test.yml', { base: 'orders-test', developer: true }],
    // A module's own names, files of another kind, and folders that are no shared settings folder.
    ['config/application.yml', undefined],
    ['config/application-prod.yml', undefined],
    ['config/bootstrap.yml', undefined],
    ['config/orders.json', undefined],
    ['settings/orders.yml', undefined],
    ['config/orders/orders.yml', undefined],
    ['orders/src/main/resources/config/orders.yml', undefined],
    ['src/test/resources/config/orders.yml', undefined],
    ['node_modules/pkg/config/orders.yml', undefined],
  ])('%s', (path, expected) => {
    expect(serviceConfigFile(path)).toEqual(expected);
  });
});

describe('locationNames', () => {
  it.each<[string, string, string[]]>([
    ['spring.config.additional-location', 'optional:file:../config/relayworks.yml,optional:file:../config/orders.yml', ['relayworks', 'orders']],
    ['SPRING_CONFIG_ADDITIONAL_LOCATION', 'optional:file:/config/relayworks.yml, optional:file:/config/Orders.yaml', ['relayworks', 'orders']],
    ['spring.config.import[0]', 'optional:file:../config/billing.yml', ['billing']],
    ['SPRING_CONFIG_IMPORT', 'classpath:shared/platform.properties', ['platform']],
    ['spring.config.location', 'file:./config/orders.yml;file:./config/', ['orders']],
    ['spring.config.name', 'relayworks,orders', ['relayworks', 'orders']],
    ['SPRING_CONFIG_NAME', 'relayworks,application,orders', ['relayworks', 'orders']],
    // A folder, a config server or Nacos, Spring's own names, expressions, and other keys name no file.
    ['spring.config.additional-location', 'optional:file:/config/', []],
    ['spring.config.import', 'optional:configserver:http://config:8888', []],
    ['spring.config.import', 'nacos:orders.yaml', []],
    ['spring.config.import', 'optional:file:./application-local.yml', []],
    ['spring.config.import', 'optional:file:../config/${SERVICE}.yml', []],
    ['spring.application.name', 'orders.yml', []],
  ])('%s: %s', (key, value, expected) => {
    expect(locationNames(key, value)).toEqual(expected);
  });
});

describe('locationInclusions', () => {
  const evidence = { file: 'deploy/orders.yaml', line: 7, excerpt: 'SPRING_CONFIG_ADDITIONAL_LOCATION' };
  const include = (name: string): string => `$group:spring-config:${name}`;

  it('makes an inclusion of each named file for the component or module that names it', () => {
    const bindings: BindingFact[] = [
      { type: 'binding', component: 'orders', key: 'SPRING_CONFIG_ADDITIONAL_LOCATION', value: 'optional:file:/config/relayworks.yml,optional:file:/config/orders.yml', evidence },
      { type: 'binding', scope: 'billing', key: 'spring.config.import[0]', value: 'optional:file:../config/billing.yml', evidence },
      { type: 'binding', component: 'orders', key: 'SPRING_PROFILES_ACTIVE', value: 'prod', evidence },
      // A group's member is no one's until taken in.
      { type: 'binding', group: 'configmap:shared', key: 'SPRING_CONFIG_IMPORT', value: 'optional:file:/config/other.yml', evidence },
    ];
    expect(locationInclusions(bindings, include).filter((binding) => binding.value.startsWith('$group:spring-config:'))).toEqual([
      { type: 'binding', component: 'orders', key: '*', value: include('relayworks'), evidence },
      { type: 'binding', component: 'orders', key: '*', value: include('orders'), evidence },
      { type: 'binding', scope: 'billing', key: '*', value: include('billing'), evidence },
    ]);
  });

  it('takes in the named non-Spring shared files and the module own files, last name first, shared before own, no developer names', () => {
    const bindings: BindingFact[] = [{ type: 'binding', scope: 'billing', key: 'spring.config.name', value: 'tidewater,billing,billing-local', evidence }];
    expect(locationInclusions(bindings, include).map((binding) => binding.value)).toEqual([
      include('tidewater'),
      include('billing'),
      include('billing-local'),
      '$group:spring-named:billing',
      '$group:spring-named:tidewater',
      '$group:spring-module:billing:billing',
      '$group:spring-module:billing:tidewater',
    ]);
  });

  it('takes in no module file for a component, nor for a location naming a file', () => {
    const bindings: BindingFact[] = [
      { type: 'binding', component: 'orders', key: 'SPRING_CONFIG_NAME', value: 'platform,orders', evidence },
      { type: 'binding', scope: 'orders', key: 'spring.config.additional-location', value: 'file:/opt/platform/config/orders.yml', evidence },
    ];
    expect(locationInclusions(bindings, include).filter((binding) => !binding.value.startsWith('$group:spring-config:')).map((binding) => [binding.component ?? binding.scope, binding.value])).toEqual([
      ['orders', '$group:spring-named:orders'],
      ['orders', '$group:spring-named:platform'],
      ['orders', '$group:spring-named:orders'],
    ]);
  });
});

describe('mountedInclusions', () => {
  const at = (file: string, line: number) => ({ file, line, excerpt: `line ${line}` });
  const isInclusion = (value: string): boolean => value.startsWith('$group:spring-config:');

  it('gives a workload mounting a generated object the shared files it was made of', () => {
    const mounts: BindingFact = { type: 'binding', component: 'orders', key: '*', value: '$group:configmap-settings:orders-config', evidence: at('deploy/base/orders.yaml', 40) };
    const members: BindingFact[] = [
      { type: 'binding', group: 'configmap-settings:orders-config', key: '*', value: '$group:spring-config:relayworks', evidence: at('deploy/base/kustomization.yaml', 6) },
      { type: 'binding', group: 'configmap-settings:orders-config', key: '*', value: '$group:spring-config:orders', evidence: at('deploy/base/kustomization.yaml', 7) },
      // Another object's files, and a settings file's own key: not taken in here.
      { type: 'binding', group: 'configmap-settings:billing-config', key: '*', value: '$group:spring-config:billing', evidence: at('deploy/base/kustomization.yaml', 11) },
      { type: 'binding', group: 'configmap-settings:orders-config', key: 'server.port', value: '8080', evidence: at('deploy/base/orders.yaml', 12) },
    ];
    const { inclusions, used } = mountedInclusions([mounts], members, 'configmap-settings:', isInclusion);
    expect(inclusions.map((binding) => `${binding.component} ${binding.value} @${binding.evidence.line}`)).toEqual(['orders $group:spring-config:relayworks @6', 'orders $group:spring-config:orders @7']);
    expect(used).toHaveLength(3);
  });
});

describe('isDeveloperName', () => {
  it.each<[string, boolean]>([
    ['billing-local', true],
    ['billing-dev', true],
    ['billing-test', true],
    ['billing', false],
    ['billing-prod', false],
    ['local', false],
  ])('%s', (name, expected) => {
    expect(isDeveloperName(name)).toBe(expected);
  });
});
