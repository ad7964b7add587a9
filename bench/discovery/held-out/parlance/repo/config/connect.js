const path = require('path');
require('dotenv').config({ path: path.resolve(__dirname, '..', '.env') });
const log = (c) => (msg, ...r) => console.log(`\x1b[${c}m%s\x1b[0m`, msg, ...r);
console.red = log(31);
console.green = log(32);
console.orange = log(33);
console.purple = log(35);
const connectDb = require('../api/lib/db/connectDb');

async function connect() {
  console.orange('Connecting to the database...');
  await connectDb().catch((err) => {
    console.red('Error connecting to MongoDB:', err);
    process.exit(1);
  });
  console.purple('Connected to the database!\n');
}

module.exports = connect;
