const connectDb = require('./connectDb');
const indexSync = require('./indexSync');

module.exports = { connectDb, indexSync };
