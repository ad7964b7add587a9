const { dbSettings, serverSettings, ...rest } = require('./config')
const database = require('./mongo')
const { initDI } = require('./di')

const init = initDI.bind(null, { serverSettings, dbSettings, database, ...rest })

module.exports = Object.assign({}, {
  dbSettings,
  serverSettings,
  database,
  init
}, rest)
