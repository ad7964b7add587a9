'use strict'

// APM agent must be started before anything else is required
require('elastic-apm-node').start({
  serviceName: process.env.ELASTIC_APM_SERVICE_NAME || 'opbrew-node',
  serverUrl: process.env.ELASTIC_APM_SERVER_URL || 'http://localhost:8200',
  secretToken: process.env.ELASTIC_APM_SECRET_TOKEN,
  active: process.env.NODE_ENV !== 'test'
})

const path = require('path')
const express = require('express')
const api = require('./routes/api')

const app = express()
app.use(express.json())
app.use('/api', api)
app.use(express.static(path.join(__dirname, 'client', 'build')))

const port = process.env.OPBEANS_SERVER_PORT || 3000
if (require.main === module) {
  app.listen(port, () => console.log('opbrew-node listening on %d', port))
}
module.exports = app
