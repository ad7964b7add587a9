const { serverSettings, smtpSettings, smsSettings } = require('./config')
const { initDI } = require('./di')

const init = initDI.bind(null, { serverSettings, smtpSettings, smsSettings })

module.exports = Object.assign({}, { serverSettings, smtpSettings, smsSettings, init })
