import { describe, expect, it } from 'vitest';
import { isNodeMigration, medusaProvider } from './medusa.js';

describe('medusaProvider', () => {
  it.each([
    ['@medusajs/medusa/cache-redis', 'database Redis uses'],
    ['@medusajs/cache-redis', 'database Redis uses'],
    ['@medusajs/medusa/event-bus-redis', 'messaging Redis produces,consumes'],
    ['@medusajs/medusa/workflow-engine-redis', 'messaging Redis produces,consumes'],
    ['@medusajs/medusa/file-s3', 'file-transfer Amazon S3 uses'],
    ['@medusajs/medusa/payment-stripe', 'rest Stripe calls'],
    ['@medusajs/notification-sendgrid', 'email SendGrid calls'],
    // Local providers connect to nothing; unknown and in-house modules are not guessed at.
    ['@medusajs/medusa/file-local', undefined],
    ['@medusajs/medusa/notification-local', undefined],
    ['@medusajs/medusa/event-bus-local', undefined],
    ['./src/modules/meilisearch', undefined],
    ['medusa-plugin-redis', undefined],
  ])('%s', (resolve, expected) => {
    const provider = medusaProvider(resolve);
    expect(provider ? `${provider.mechanism} ${provider.technology} ${provider.roles.join(',')}` : undefined).toBe(expected);
  });
});

describe('isNodeMigration', () => {
  it.each([
    ['npx medusa db:migrate', true],
    ['medusa db:migrate --skip-links', true],
    ['npx medusa migrations run', true],
    ['npm run migrate', true],
    ['yarn db:migrate', true],
    ['pnpm run migrate:deploy', true],
    ['npx knex migrate:latest', true],
    ['npx prisma migrate deploy', true],
    ['npx typeorm migration:run -d dist/data-source.js', true],
    ['npx sequelize-cli db:migrate', true],
    ['npx node-pg-migrate up', true],
    // Servers, workers, and migration commands that change nothing deployed.
    ['npx medusa start', false],
    ['npm start', false],
    ['npx prisma migrate dev', false],
    ['npx knex migrate:make add_users', false],
    ['npm run migrate-and-start', false],
    ['node dist/main.js migrate', false],
  ])('%s → %s', (command, expected) => {
    expect(isNodeMigration(command.split(' '))).toBe(expected);
  });
});
