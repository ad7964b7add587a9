import { Client } from 'pg';
import { appOrmconfig, panelDbOrmconfig } from '../ormconfig';

async function ensureDatabase(opts: any) {
  const client = new Client({
    host: opts.host,
    port: opts.port,
    user: opts.username,
    password: opts.password,
    database: 'postgres',
  });
  await client.connect();
  const res = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
  if (res.rowCount === 0) {
    await client.query(`CREATE DATABASE "${opts.database}"`);
    console.log(`Created database ${opts.database}`);
  } else {
    console.log(`Database ${opts.database} already exists`);
  }
  await client.end();
}

(async () => {
  await ensureDatabase(appOrmconfig());
  await ensureDatabase(panelDbOrmconfig());
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
