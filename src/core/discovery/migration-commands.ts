/**
 * Commands that only apply a codebase's database migrations and exit: a one-shot migration job
 * (compose `migrate`, a Kubernetes Job, a `scripts/migrate.sh` a service runs). Such a process boots
 * the application's configuration but runs none of its views, jobs or clients: of the codebase's
 * connections it makes only those to the databases it migrates (python-entries.ts MIGRATION_PROCESS,
 * shared-codebase.ts runnersOf). Node's tools are medusa.ts isNodeMigration; this adds the other
 * runtimes' usual ones. Pure: the caller gives one command's words, launchers taken off, since
 * `rails db:migrate && rails s` goes on to serve.
 */
import { isNodeMigration } from './medusa.js';

/** The programs running Rails' and Rake's tasks, `bundle exec` and a binstub's `bin/` already taken off (the tasks follow as words). */
const RUBY_TASK_RUNNER = /^(?:rails|rake)$/;
/** Rails' tasks applying migrations: `db:migrate` (also per database: `db:migrate:events`), `db:prepare`, `db:setup`. */
const RAILS_MIGRATION_TASK = /^db:(?:migrate(?::[\w-]+)?|prepare|setup|create_and_migrate)$/;

/**
 * Whether a command only applies migrations: `rails db:migrate`, `bundle exec rake db:migrate`,
 * `alembic upgrade head`, `flask db upgrade`, `flyway migrate`, `liquibase update`, golang-migrate's
 * `migrate -path … up`, `goose up`, `sqlx migrate run`, `diesel migration run`, and the Node tools.
 */
export function isMigrationCommand(words: readonly string[]): boolean {
  if (isNodeMigration(words)) return true;
  const plain = words.filter((word) => word !== '' && !word.startsWith('-'));
  const name = (word: string | undefined): string => (word ?? '').split('/').pop() as string;
  let at = 0;
  if (/^(?:bundle|bundler)$/.test(name(plain[0])) && plain[1] === 'exec') at = 2;
  // A Python tool run as a module (`python -m alembic upgrade head`).
  if (/^python[\d.]*$/.test(name(plain[0])) && words.includes('-m')) at = 1;
  const program = name(plain[at]);
  const rest = plain.slice(at + 1);
  if (RUBY_TASK_RUNNER.test(program)) return rest.length > 0 && rest.every((task) => RAILS_MIGRATION_TASK.test(task));
  if (program === 'alembic') return rest[0] === 'upgrade';
  if (program === 'flask') return rest[0] === 'db' && rest[1] === 'upgrade';
  if (program === 'flyway') return rest.includes('migrate');
  if (program === 'liquibase') return rest.some((word) => /^update(?:-count|-to-tag)?$/.test(word));
  if (program === 'goose') return rest.includes('up');
  // golang-migrate takes its options' values as words (`-path db/migrations -database "$URL" up`): its last word says.
  if (program === 'migrate' && (words[words.length - 1] === 'up' || (words[words.length - 2] === 'up' && /^\d+$/.test(words[words.length - 1] ?? '')))) return true;
  if (program === 'sqlx' || program === 'diesel') return /^migrat(?:e|ion)$/.test(rest[0] ?? '') && rest[1] === 'run';
  return isMigrateSubcommand(words);
}

/** Programs whose next word is a script or tool they run, not their own subcommand. */
const INTERPRETER = /^(?:python[\d.]*|node|deno|bun|ruby|php|perl|java|bundle|bundler|npm|npx|yarn|pnpm|sh|bash|dash|ash|zsh|env|exec)$/;

/** The subcommands after `migrate` that still only migrate: a dialect or direction (`migrate sql`, `migrate up`). */
const MIGRATE_TARGET = /^(?:sql|up|apply|run|latest|deploy|all)$/;

/**
 * Whether a command is its program's own `migrate` subcommand: a server binary run as a one-shot
 * job (`latchwork migrate sql -e --yes`, or an image's ENTRYPOINT given only `-c /etc/app/app.yml
 * migrate sql`, `db migrate`, `migrate up`). Options and the paths they take (`-c <file>`) are
 * skipped, since a Go CLI's flags may come before its subcommand; the subcommand is the first word
 * left, or the second after the program's name. A `migrate` that names anything more (`migrate
 * status`, `migrate create x`) is no migration of a database.
 */
export function isMigrateSubcommand(words: readonly string[]): boolean {
  const plain = words.filter((word) => word !== '' && !word.startsWith('-') && !word.includes('/') && !/\.\w+$/.test(word) && !word.includes('='));
  // An interpreter's `migrate` is its script's (Django's `python manage.py migrate`: python-entries.ts).
  if (INTERPRETER.test((plain[0] ?? '').split('/').pop() as string)) return false;
  const at = plain[0] === 'migrate' || plain[0] === 'db' ? 0 : 1;
  const sub = at === 0 && plain[0] === 'db' ? plain.slice(1) : plain.slice(at);
  if (at === 1 && sub[0] === 'db') sub.shift();
  if (sub[0] !== 'migrate') return false;
  return sub.length === 1 || (sub.length === 2 && MIGRATE_TARGET.test(sub[1] as string));
}
