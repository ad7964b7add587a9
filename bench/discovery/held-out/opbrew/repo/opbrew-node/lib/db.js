'use strict'

const { Pool } = require('pg')

// pg reads PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE from the environment
const pool = new Pool({ max: 10 })

pool.on('error', (err) => console.error('pg pool error', err))

module.exports = {
  query: (text, params) => pool.query(text, params)
}
