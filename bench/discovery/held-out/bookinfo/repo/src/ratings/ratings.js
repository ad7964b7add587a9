// Inkwell Books - ratings service.
'use strict'

const http = require('http')
const dispatcher = require('httpdispatcher')
const { createStore } = require('./store')

const port = parseInt(process.argv[2])
const store = createStore(process.env)

let unavailable = false
let healthy = true

if (process.env.SERVICE_VERSION === 'v-unavailable') {
  // make the service unavailable once in 60 seconds
  setInterval(function () {
    unavailable = !unavailable
  }, 60000)
}

if (process.env.SERVICE_VERSION === 'v-unhealthy') {
  // make the service unhealthy for 15 minutes once in 15 minutes
  setInterval(function () {
    healthy = !healthy
    unavailable = !unavailable
  }, 900000)
}

dispatcher.onPost(/^\/ratings\/[0-9]*/, function (req, res) {
  const productIdStr = req.url.split('/').pop()
  const productId = parseInt(productIdStr)
  let ratings = {}

  if (Number.isNaN(productId)) {
    return sendJson(res, 400, { error: 'please provide numeric product ID' })
  }

  try {
    ratings = JSON.parse(req.body)
  } catch (error) {
    return sendJson(res, 400, { error: 'please provide valid ratings JSON' })
  }

  store.put(productId, ratings)
    .then((saved) => sendJson(res, 200, { id: productId, ratings: saved }))
    .catch((err) => sendJson(res, 501, { error: err.message }))
})

dispatcher.onGet(/^\/ratings\/[0-9]*/, function (req, res) {
  const productIdStr = req.url.split('/').pop()
  const productId = parseInt(productIdStr)

  if (Number.isNaN(productId)) {
    return sendJson(res, 400, { error: 'please provide numeric product ID' })
  }
  if (unavailable) {
    return sendJson(res, 503, { error: 'Service unavailable' })
  }

  store.get(productId)
    .then((ratings) => sendJson(res, 200, { id: productId, ratings }))
    .catch((err) => {
      console.error('could not load ratings:', err)
      sendJson(res, 500, { error: 'could not connect to ratings database' })
    })
})

dispatcher.onGet('/health', function (req, res) {
  if (healthy) {
    sendJson(res, 200, { status: 'Ratings is healthy' })
  } else {
    sendJson(res, 500, { status: 'Ratings is not healthy' })
  }
})

function sendJson (res, status, body) {
  res.writeHead(status, { 'Content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function handleRequest (request, response) {
  try {
    console.log(request.method + ' ' + request.url)
    dispatcher.dispatch(request, response)
  } catch (err) {
    console.log(err)
  }
}

const server = http.createServer(handleRequest)

process.on('SIGTERM', function () {
  console.log('SIGTERM received')
  server.close(function () {
    process.exit(0)
  })
})

server.listen(port, function () {
  console.log('Server listening on: http://0.0.0.0:%s', port)
})
