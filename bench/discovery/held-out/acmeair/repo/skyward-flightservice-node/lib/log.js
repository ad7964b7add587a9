'use strict';

const pino = require('pino');

module.exports = pino({
  name: 'skyward-flightservice',
  level: process.env.LOG_LEVEL || 'info',
});
