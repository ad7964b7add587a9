import { describe, expect, it } from 'vitest';
import { isMigrationCommand } from './migration-commands.js';

describe('isMigrationCommand', () => {
  it.each<[string, boolean]>([
    // Rails and Rake tasks, through bundler or a binstub; a task per database too.
    ['bundle exec rails db:migrate', true],
    ['bin/rails db:migrate', true],
    ['bundle exec rake db:migrate:events', true],
    ['rails db:prepare', true],
    ['rails db:migrate db:seed', false],
    ['bundle exec rails s -b :: -p 3000', false],
    ['bundle exec rake assets:precompile', false],
    // Python's tools.
    ['alembic upgrade head', true],
    ['python -m alembic upgrade head', true],
    ['alembic downgrade -1', false],
    ['flask db upgrade', true],
    ['flask run', false],
    // JVM and Go tools.
    ['flyway -url=jdbc:postgresql://db/app migrate', true],
    ['flyway info', false],
    ['liquibase --changelog-file=changelog.xml update', true],
    ['migrate -path /migrations -database postgres://db/app up', true],
    ['migrate -path /migrations -database postgres://db/app down 1', false],
    ['goose -dir migrations postgres "host=db" up', true],
    ['sqlx migrate run', true],
    ['diesel migration run', true],
    // The Node tools (medusa.ts isNodeMigration).
    ['npx prisma migrate deploy', true],
    ['knex migrate:latest', true],
    ['node dist/main.js', false],
    // Django's `manage.py migrate` is python-entries.ts's (a management command of the codebase).
    ['python manage.py migrate', false],
    // A server binary's own migrate subcommand, its options (and the files they take) before or after it.
    ['-c /etc/config/identity/identity.yml migrate sql -e --yes', true],
    ['migrate -c /etc/config/identity/identity.yml sql -e --yes', true],
    ['latchwork migrate sql --read-from-env', true],
    ['/usr/bin/ledger db migrate', true],
    ['db migrate', true],
    ['app migrate up', true],
    ['--config=/etc/app.yml migrate', true],
    ['serve -c /etc/config/identity/identity.yml --dev', false],
    ['latchwork migrate status', false],
    ['latchwork serve --auto-migrate', false],
    ['app migrate create add_users', false],
    ['node server.js migrate', false],
    ['java -jar ledger.jar migrate', false],
  ])('%s: %s', (command, expected) => {
    expect(isMigrationCommand(command.split(' '))).toBe(expected);
  });
});
