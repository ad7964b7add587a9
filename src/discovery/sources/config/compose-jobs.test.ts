import { describe, expect, it } from 'vitest';
import { isOneShotJob, type ServiceRun } from './compose-jobs.js';

describe('isOneShotJob', () => {
  it.each<[string, ServiceRun, boolean]>([
    ['MinIO client creating a bucket', { name: 'createbuckets', image: 'minio/mc:latest', words: ['/bin/sh', '-c', 'mc mb local/tickets; exit 0'] }, true],
    ['Bitnami MinIO client', { name: 'buckets', image: 'docker.io/bitnami/minio-client:2024', words: [] }, true],
    ['kafka-topics.sh --create in the Kafka image', { name: 'topics', image: 'bitnami/kafka:3.7', words: ['kafka-topics.sh', '--create', '--topic', 'orders'] }, true],
    ['kafka-topics --create inside sh -c', { name: 'topics', image: 'confluentinc/cp-kafka:7.6.0', words: ['bash', '-c', 'kafka-topics --bootstrap-server kafka:9092 --create --topic orders'] }, true],
    ['kafka-topics --list only', { name: 'topics', image: 'confluentinc/cp-kafka:7.6.0', words: ['kafka-topics', '--list'] }, false],
    ['*-migrate with restart "no"', { name: 'bookings-migrate', image: 'flyway/flyway:10', restart: 'no', words: [] }, true],
    ['*-init with restart on-failure:3', { name: 'db-init', restart: 'on-failure:3', words: [] }, true],
    ['*_seed with a Swarm restart_policy none', { name: 'catalog_seed', restartCondition: 'none', words: [] }, true],
    ['a migrate command with restart "no"', { name: 'schema', restart: 'no', words: ['npx', 'knex', 'migrate:latest'] }, true],
    ['rake db:seed with restart on-failure', { name: 'data', restart: 'on-failure', words: ['bundle', 'exec', 'rake', 'db:seed'] }, true],
    ['*-migrate with no restart policy written', { name: 'bookings-migrate', words: [] }, false],
    ['*-setup restarted unless-stopped keeps running', { name: 'vault-setup', restart: 'unless-stopped', words: [] }, false],
    ['MinIO client restarted always keeps running', { name: 'mirror', image: 'minio/mc', restart: 'always', words: ['mc', 'mirror', '--watch'] }, false],
    ['a server under dumb-init with restart "no"', { name: 'api', restart: 'no', words: ['dumb-init', 'node', 'server.js'] }, false],
    ['a database given an --init-file option with restart "no"', { name: 'mysql', image: 'mysql:8.0', restart: 'no', words: ['--init-file', '/data/init.sql'] }, false],
    ['a database image running psql on a seed file, named for its job', { name: 'db-seed', image: 'postgres:16', restart: 'no', words: ['psql', '-h', 'db', '-f', '/seed/seed.sql'] }, true],
    ['an app with restart "no" and no job in its name or command', { name: 'bookings', restart: 'no', words: ['node', 'dist/server.js'] }, false],
    ['a name only ending like a job word (`reinit` is not `-init`)', { name: 'reinit', restart: 'no', words: [] }, false],
  ])('%s: %s', (_case, run, expected) => {
    expect(isOneShotJob(run)).toBe(expected);
  });
});
