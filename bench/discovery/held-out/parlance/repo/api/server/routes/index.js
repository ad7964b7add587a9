const ask = require('./ask');
const auth = require('./auth');
const convos = require('./convos');
const files = require('./files/files');
const search = require('./search');
const messages = require('./messages');

module.exports = { ask, auth, convos, files, search, messages };
