const { dbSettings, serverSettings, paymentSettings, notificationSettings } = require('./config')
const database = require('./mongo')
const { initDI } = require('./di')
const models = require('../models')

const init = initDI.bind(null, {
  serverSettings,
  dbSettings,
  database,
  paymentSettings,
  notificationSettings,
  models
})

module.exports = Object.assign({}, {
  dbSettings,
  serverSettings,
  paymentSettings,
  notificationSettings,
  database,
  init
})
