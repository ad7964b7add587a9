import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1700000000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
      email varchar NOT NULL UNIQUE,
      first_name varchar, last_name varchar,
      password_digest varchar,
      sso_id varchar,
      created_at timestamp NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE apps (
      id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
      name varchar NOT NULL,
      slug varchar UNIQUE,
      definition jsonb NOT NULL DEFAULT '{}',
      owner_id uuid REFERENCES users(id),
      is_workflow boolean NOT NULL DEFAULT false,
      created_at timestamp NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE workflow_executions (
      id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
      app_id uuid REFERENCES apps(id) ON DELETE CASCADE,
      status varchar NOT NULL DEFAULT 'queued',
      logs jsonb NOT NULL DEFAULT '[]',
      started_at timestamp, finished_at timestamp
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workflow_executions`);
    await q.query(`DROP TABLE apps`);
    await q.query(`DROP TABLE users`);
  }
}
