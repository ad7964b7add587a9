import { describe, expect, it } from 'vitest';
import { configRepoGroup, looksLikeSpringSettings } from './spring-config-repo.js';

describe('configRepoGroup', () => {
  it.each([
    // A native profile's `search-locations: classpath:/shared`, and folders named like a repository.
    ['config/src/main/resources/shared/account-service.yml', 'spring-config:account-service'],
    ['config/src/main/resources/shared/account-service-docker.yml', 'spring-config:account-service-docker'],
    ['config/src/main/resources/shared/application.yml', 'spring-config:application'],
    ['config-repo/orders.properties', 'spring-config:orders'],
    ['deploy/config-repository/Orders.yaml', 'spring-config:orders'],
    ['cloud-config/application-prod.yml', 'spring-config:application-prod'],
    // A config server module's resources: the native profile's default locations.
    ['config-server/src/main/resources/orders.yml', 'spring-config:orders'],
    ['config-server/src/main/resources/config/orders.yml', 'spring-config:orders'],
    ['configserver/src/main/resources/configs/application.yml', 'spring-config:application'],
    ['services/tally-config/src/main/resources/ledger.yml', 'spring-config:ledger'],
    ['piggy-config-server/src/main/resources/ledger.properties', 'spring-config:ledger'],
    // Nacos data ids kept in the repository.
    ['nacos-config/mall-admin-prod.yaml', 'spring-config:mall-admin-prod'],
    ['document/nacos/mall-portal.yaml', 'spring-config:mall-portal'],
    ['deploy/nacos_configs/common.properties', 'spring-config:common'],
    ['docs/nacos-export/DEFAULT_GROUP/orders-dev.yml', 'spring-config:orders-dev'],
    ['DEFAULT_GROUP/orders.yml', 'spring-config:orders'],
    ['config/mall-admin/mall-admin-prod.yaml', 'spring-config:mall-admin-prod'],
    ['deploy/configs/mall-admin/mall-admin.yml', 'spring-config:mall-admin'],
    // The Nacos server's own settings, a service's own files, and a config folder's other files.
    ['nacos/conf/application.properties', undefined],
    ['docker/nacos/init.d/custom.properties', undefined],
    ['nacos/bootstrap.yml', undefined],
    ['config/mall-admin/application.yml', undefined],
    ['config/mall-admin/logback.yml', undefined],
    ['mall-admin/mall-admin-prod.yaml', undefined],
    ['nacos-client/src/main/resources/orders.yml', undefined],
    ['deploy/config-nacos/orders.yml', 'spring-config:orders'],
    // The config server's own settings, and everything that is no repository.
    ['config-server/src/main/resources/application.yml', undefined],
    ['config-server/src/main/resources/config/application.yml', undefined],
    ['config-server/src/main/resources/bootstrap.yml', undefined],
    ['config-repo/bootstrap.yml', undefined],
    ['orders/src/main/resources/application.yml', undefined],
    ['orders/src/main/resources/orders.yml', undefined],
    ['orders/src/main/resources/configuration.yml', undefined],
    ['configurator/src/main/resources/orders.yml', undefined],
    ['tally-config/src/main/resources/application-docker.yml', undefined],
    ['libs/shared/src/main/resources/application.yml', undefined],
    ['config-repo/README.md', undefined],
    ['config/src/test/resources/shared/orders.yml', undefined],
    // A repository's shared settings folder outside the modules: one file per service, a base file,
    // profiles; a developer's profile, a module's own names and files below a module's sources are not.
    ['config/mall-admin.yml', 'spring-config:mall-admin'],
    ['config/relayworks.yml', 'spring-config:relayworks'],
    ['platform/configs/Orders-Prod.yaml', 'spring-config:orders-prod'],
    ['configuration/billing.properties', 'spring-config:billing'],
    ['config/orders-local.yml', undefined],
    ['config/orders-dev.yaml', undefined],
    ['config/application.yml', undefined],
    ['config/bootstrap.yml', undefined],
    ['orders/src/main/resources/config/orders.yml', undefined],
    ['orders/src/test/config/orders.yml', undefined],
  ])('%s is in group %j', (path, group) => {
    expect(configRepoGroup(path)).toBe(group);
  });

  it.each([
    [['spring.datasource.url'], true],
    [['zuul.routes.books.path'], true],
    [['security.oauth2.resource.user-info-uri'], true],
    [['scrape_configs[0].job_name'], false],
    [['development.adapter', 'development.database'], false],
    // A .NET app on Steeltoe is served its connectors' sections.
    [['mysql.client.server', 'mysql.client.password'], true],
    [['redis.client.host'], true],
    [['rabbitmq.client.server'], true],
    [['sqlserver.credentials.server'], true],
    [['redis.sentinels[0]'], false],
  ])('keys %j look like Spring settings: %s', (keys, expected) => {
    expect(looksLikeSpringSettings(keys)).toBe(expected);
  });
});
