import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class PanelDbSchemaService {
  constructor(@InjectDataSource('panelDb') private readonly panelDb: DataSource) {}

  private schemaFor(orgId: string) {
    return `org_${orgId.replace(/-/g, '')}`;
  }

  async createTable(orgId: string, table: string, columns: { name: string; type: string }[]) {
    const schema = this.schemaFor(orgId);
    const cols = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
    await this.panelDb.transaction(async (m) => {
      await m.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await m.query(`CREATE TABLE "${schema}"."${table}" (id serial PRIMARY KEY, ${cols})`);
      await m.query(`GRANT ALL ON "${schema}"."${table}" TO panelsmith_anon`);
      await m.query(`INSERT INTO internal_tables (table_name, organization_id) VALUES ($1, $2)`, [table, orgId]);
      await m.query(`NOTIFY pgrst, 'reload schema'`);
    });
  }

  async dropTable(orgId: string, table: string) {
    await this.panelDb.query(`DROP TABLE IF EXISTS "${this.schemaFor(orgId)}"."${table}"`);
    await this.panelDb.query(`NOTIFY pgrst, 'reload schema'`);
  }

  async listTables(orgId: string) {
    return this.panelDb.query(`SELECT id, table_name FROM internal_tables WHERE organization_id = $1`, [orgId]);
  }
}
