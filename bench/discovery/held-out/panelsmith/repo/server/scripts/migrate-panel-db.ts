import { DataSource } from 'typeorm';
import { panelDbOrmconfig } from '../ormconfig';

(async () => {
  const ds = new DataSource(panelDbOrmconfig());
  await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  console.log(`Panelsmith DB: ${ran.length} migration(s) applied`);
  // PostgREST caches the schema; ask it to reload.
  await ds.query(`NOTIFY pgrst, 'reload schema'`);
  await ds.destroy();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
