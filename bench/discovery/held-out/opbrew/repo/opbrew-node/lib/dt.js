'use strict'

// Distributed tracing: forward some requests to another opbrew backend
const axios = require('axios')

const services = (process.env.OPBEANS_SERVICES || '')
  .split(',').map(s => s.trim()).filter(Boolean)
const probability = parseFloat(process.env.OPBEANS_DT_PROBABILITY || '0.5')

const PORTS = { 'opbrew-python': 8000, 'opbrew-go': 8000, 'opbrew-dotnet': 80 }

function urlFor (service, path) {
  if (/^https?:\/\//.test(service)) return service.replace(/\/$/, '') + path
  return `http://${service}:${PORTS[service] || 3000}${path}`
}

module.exports = function dtMiddleware (req, res, next) {
  if (services.length === 0 || Math.random() >= probability) return next()
  const service = services[Math.floor(Math.random() * services.length)]
  const url = urlFor(service, req.originalUrl)
  axios.get(url, { timeout: 15000 })
    .then(r => res.status(r.status).json(r.data))
    .catch(err => {
      console.warn('dt ping to %s failed: %s', url, err.message)
      next()
    })
}
module.exports.urlFor = urlFor
