const { Pool } = require('pg');

const pool = new Pool({
    host: process.env.DB_HOST || 'bestiary-database',
    port: parseInt(process.env.DB_PORT || '5432', 10),
    database: process.env.DB_NAME || 'postgres',
    user: process.env.DB_USER || 'postgres',
    password: process.env.DB_PASSWORD || 'mythical',
    max: 10,
});

const ensureTables = async (beasts) => {
    for (const beast of beasts) {
        await pool.query(`CREATE TABLE IF NOT EXISTS ${beast} (id serial PRIMARY KEY, name text NOT NULL)`);
    }
};

module.exports = { pool, ensureTables };
