import { MigrationInterface, QueryRunner } from 'typeorm';

export class PanelDbRoles1700000000100 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'panelsmith_anon') THEN
        CREATE ROLE panelsmith_anon NOLOGIN;
      END IF;
    END $$`);
    await q.query(`CREATE TABLE IF NOT EXISTS internal_tables (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      table_name varchar NOT NULL,
      organization_id uuid NOT NULL,
      created_at timestamp NOT NULL DEFAULT now()
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS internal_tables`);
  }
}
