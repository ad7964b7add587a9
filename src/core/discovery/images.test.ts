import { describe, expect, it } from 'vitest';
import { emulatorOfCommand, imageInfo, isPublicPublisherImage, productServedByEnvironment } from './images.js';
import { isControlPlane } from './names.js';

describe('imageInfo of Spring Cloud Alibaba infrastructure', () => {
  it.each([
    ['nacos/nacos-server:v2.2.3', 'Nacos'],
    ['registry.cn-hangzhou.aliyuncs.com/acme/nacos:2.1', 'Nacos'],
    ['bladex/sentinel-dashboard:1.8.6', 'Sentinel Dashboard'],
  ])('%s is %s, control plane', (image, technology) => {
    expect(imageInfo(image)).toEqual({ kind: 'other', technology });
    expect(isControlPlane(technology)).toBe(true);
  });

  it('leaves a service named after Nacos an application', () => {
    expect(imageInfo('acme/nacos-client-demo:1.0').kind).toBe('application');
  });
});

describe('imageInfo of Spring Cloud and Steeltoe infrastructure', () => {
  it.each([
    ['steeltoeoss/eureka-server', 'Eureka'],
    ['steeltoeoss/eurekaserver:2.1', 'Eureka'],
    ['springcloud/eureka', 'Eureka'],
    ['steeltoeoss/config-server:3', 'Spring Cloud Config Server'],
    ['hyness/spring-cloud-config-server', 'Spring Cloud Config Server'],
    ['steeltoeoss/hystrix-dashboard', 'Hystrix Dashboard'],
    ['kbastani/hystrix-dashboard', 'Hystrix Dashboard'],
    ['springcloud/turbine', 'Hystrix Dashboard'],
  ])('%s is control plane: %s', (image, technology) => {
    expect(imageInfo(image)).toEqual({ kind: 'other', technology });
  });

  it('a config service of a business (acme/configuration-api) stays an application', () => {
    expect(imageInfo('acme/configuration-api:1').kind).toBe('application');
  });
});

describe('imageInfo of Camunda 8', () => {
  it.each([
    ['camunda/zeebe:8.5.6', { kind: 'message-broker', technology: 'Zeebe' }],
    ['docker.io/camunda/camunda:8.7.0', { kind: 'message-broker', technology: 'Zeebe' }],
    ['camunda/operate:8.5.6', { kind: 'other', technology: 'Camunda web apps' }],
    ['camunda/tasklist:8.5.6', { kind: 'other', technology: 'Camunda web apps' }],
    ['camunda/optimize:8.5.0', { kind: 'other', technology: 'Camunda web apps' }],
    ['camunda/identity:8.5.0', { kind: 'other', technology: 'Camunda web apps' }],
    ['registry.camunda.cloud/web-modeler-ee/modeler-restapi:8.5.0', { kind: 'application', alias: 'registry.camunda.cloud/web-modeler-ee/modeler-restapi' }],
    ['camunda/connectors-bundle:8.5.3', { kind: 'application', alias: 'camunda/connectors-bundle' }],
  ])('%s is %j', (image, expected) => {
    expect(imageInfo(image)).toEqual(expected);
  });

  it('the web apps are control plane, Zeebe is not', () => {
    expect(isControlPlane('Camunda web apps')).toBe(true);
    expect(isControlPlane('Zeebe')).toBe(false);
  });
});

describe('imageInfo of workflow engines', () => {
  it.each([
    ['temporalio/auto-setup:1.24.2', { kind: 'message-broker', technology: 'Temporal' }],
    ['temporalio/server:1.24.2', { kind: 'message-broker', technology: 'Temporal' }],
    ['temporalio/temporal:1.0.0', { kind: 'message-broker', technology: 'Temporal' }],
    ['temporalio/ui:2.26.2', { kind: 'other', technology: 'Temporal web apps' }],
    ['temporalio/admin-tools:1.24.2', { kind: 'other', technology: 'Temporal web apps' }],
    ['axoniq/axonserver:2024.0.2-jdk-17', { kind: 'message-broker', technology: 'Axon Server' }],
    ['axoniq/axonserver-enterprise:4.6.11', { kind: 'message-broker', technology: 'Axon Server' }],
  ])('%s is %j', (image, expected) => {
    expect(imageInfo(image)).toEqual(expected);
  });

  it('Temporal\'s UI and admin tools are control plane, the engine is not', () => {
    expect(isControlPlane('Temporal web apps')).toBe(true);
    expect(isControlPlane('Temporal')).toBe(false);
    expect(isControlPlane('Axon Server')).toBe(false);
  });
});

describe('Google Cloud emulators', () => {
  it.each([
    ['gcr.io/cloud-spanner-emulator/emulator:1.5.16', 'database', 'Google Cloud Spanner'],
    ['mtlynch/firestore-emulator:latest', 'database', 'Google Cloud Firestore'],
    ['singularities/datastore-emulator', 'database', 'Google Cloud Datastore'],
    ['shopify/bigtable-emulator', 'database', 'Google Cloud Bigtable'],
    ['messagebird/gcloud-pubsub-emulator:latest', 'message-broker', 'Google Pub/Sub'],
  ])('%s runs %s %s', (image, kind, technology) => {
    expect(imageInfo(image)).toEqual({ kind, technology });
  });

  it.each([
    ['gcloud beta emulators firestore start --host-port=0.0.0.0:8787', { kind: 'database', technology: 'Google Cloud Firestore' }],
    ['/google-cloud-sdk/bin/gcloud emulators pubsub start --project=p', { kind: 'message-broker', technology: 'Google Pub/Sub' }],
    ['gcloud beta emulators bigtable start', { kind: 'database', technology: 'Google Cloud Bigtable' }],
    ['gcloud components list', undefined],
    ['./emulators firestore start', undefined],
    ['sh -c bin/zookeeper-server-start.sh config/zookeeper.properties', { kind: 'other', technology: 'ZooKeeper' }],
    ['bin/zkServer.sh start-foreground', { kind: 'other', technology: 'ZooKeeper' }],
    ['bin/kafka-server-start.sh config/server.properties --override zookeeper.connect=zookeeper:2181', undefined],
  ])('the command %s', (command, expected) => {
    expect(emulatorOfCommand(command.split(' '))).toEqual(expected);
  });
});

describe('imageInfo of vector databases and search engines', () => {
  it.each([
    ['semitechnologies/weaviate:1.25.4', 'Weaviate'],
    ['cr.weaviate.io/semitechnologies/weaviate:1.27.0', 'Weaviate'],
    ['qdrant/qdrant:v1.12.1', 'Qdrant'],
    ['milvusdb/milvus:v2.4.13', 'Milvus'],
    ['chromadb/chroma:0.5.20', 'Chroma'],
    ['ghcr.io/chroma-core/chroma:0.5.0', 'Chroma'],
    ['getmeili/meilisearch:v1.11', 'Meilisearch'],
    ['typesense/typesense:27.1', 'Typesense'],
    ['opensearchproject/opensearch:2.17.0', 'OpenSearch'],
    ['pgvector/pgvector:pg16', 'PostgreSQL'],
  ])('%s is the database %s', (image, technology) => {
    expect(imageInfo(image)).toEqual({ kind: 'database', technology });
  });

  it('leaves an application that merely shares Chroma’s name an application', () => {
    expect(imageInfo('acme/chroma:2.0')).toEqual({ kind: 'application', alias: 'acme/chroma' });
  });
});

describe('isPublicPublisherImage', () => {
  it.each<[string, boolean]>([
    ['bitnami/kubectl', true],
    ['docker.io/bitnami/kubectl', true],
    ['library/node', true],
    ['docker.io/library/python', true],
    ['mcr.microsoft.com/dotnet/aspnet', true],
    ['registry.k8s.io/ingress-nginx/controller', true],
    ['lscr.io/linuxserver/syncthing', true],
    ['ghcr.io/shopfloorhq/shopapp', false],
    ['acme/shopapp', false],
    ['quay.io/acme/shopapp', false],
    ['123456789.dkr.ecr.eu-west-1.amazonaws.com/shopapp', false],
  ])('%s → %s', (name, expected) => {
    expect(isPublicPublisherImage(name)).toBe(expected);
  });
});

describe('imageInfo of admin consoles over brokers and databases', () => {
  it.each([
    ['provectuslabs/kafka-ui:v0.7.2'],
    ['ghcr.io/kafbat/kafka-ui:latest'],
    ['obsidiandynamics/kafdrop:4.0.1'],
    ['tchiotludo/akhq:0.25.0'],
    ['dpage/pgadmin4:8'],
    ['adminer:4'],
    ['phpmyadmin/phpmyadmin'],
    ['mongo-express:1.0'],
    ['rediscommander/redis-commander:latest'],
    ['redis/redisinsight:2.50'],
    ['portainer/portainer-ce:2.19.4'],
  ])('%s is an admin console, control plane', (image) => {
    expect(imageInfo(image)).toEqual({ kind: 'other', technology: 'Admin console' });
    expect(isControlPlane('Admin console')).toBe(true);
  });

  it('leaves a team service whose name merely contains such a word an application', () => {
    expect(imageInfo('acme/kafka-ui-backend:1.0').kind).toBe('application');
    expect(imageInfo('acme/billing-admin:1.0').kind).toBe('application');
  });
});

describe('productServedByEnvironment: server-only variables, unless the container is a client of that server', () => {
  /** The compose services a host names: a RabbitMQ broker, a MySQL and a MariaDB database. */
  const productAt = (host: string): string | undefined => ({ 'acme-mq': 'RabbitMQ', 'catalogue-db': 'MySQL', 'catalogue-mariadb': 'MariaDB' })[host];
  it.each<[string, { key: string; value?: string }[], string | undefined]>([
    ['a team image of the broker', [{ key: 'RABBITMQ_DEFAULT_USER', value: 'acme' }], 'RabbitMQ'],
    ['an app given the broker’s anchor and its URL', [{ key: 'RABBITMQ_DEFAULT_USER', value: 'acme' }, { key: 'AMQP_URL', value: 'amqp://acme:***@acme-mq:5672/acme' }], undefined],
    ['an app given the broker’s anchor and its host', [{ key: 'RABBITMQ_DEFAULT_PASS', value: 'x' }, { key: 'RABBITMQ_HOST', value: 'acme-mq' }], undefined],
    ['addressing a server of another product', [{ key: 'RABBITMQ_DEFAULT_USER', value: 'acme' }, { key: 'DB_HOST', value: 'catalogue-db' }], 'RabbitMQ'],
    ['an app given MySQL’s root password and the host of a MariaDB server', [{ key: 'MYSQL_ROOT_PASSWORD', value: 'x' }, { key: 'DB_HOST', value: 'catalogue-mariadb' }], undefined],
    ['addressing a host that runs nothing known', [{ key: 'MYSQL_ROOT_PASSWORD', value: 'x' }, { key: 'API_URL', value: 'http://orders:8080' }], 'MySQL'],
    ['a variable passed through, no value', [{ key: 'RABBITMQ_DEFAULT_USER' }, { key: 'RABBITMQ_HOST' }], 'RabbitMQ'],
    ['no server-only variable', [{ key: 'AMQP_URL', value: 'amqp://acme-mq' }], undefined],
  ])('%s', (_name, variables, technology) => {
    expect(productServedByEnvironment(variables, productAt)?.technology).toBe(technology);
  });
});

describe('imageInfo of a Docker registry', () => {
  it.each([
    ['registry:2', { kind: 'other', technology: 'Docker Registry' }],
    ['docker.io/library/registry:2.8', { kind: 'other', technology: 'Docker Registry' }],
    ['distribution/distribution:edge', { kind: 'other', technology: 'Docker Registry' }],
    // A team's own image that happens to be called registry is its application.
    ['ghcr.io/cargohold/registry:2.1.0', { kind: 'application', alias: 'ghcr.io/cargohold/registry' }],
    ['acme/registry', { kind: 'application', alias: 'acme/registry' }],
  ])('%s is %j', (image, expected) => {
    expect(imageInfo(image)).toEqual(expected);
  });
});
