/* eslint-env mocha */
const http = require('http')
const request = require('supertest')
const server = require('./server')

describe('API Gateway', () => {
  let upstream
  let gateway

  before((done) => {
    // stand-in for movies-service on an ephemeral port
    upstream = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json')
      res.end(JSON.stringify([{ id: '1', title: req.url }]))
    }).listen(0, done)
  })

  before(() => {
    const { port } = upstream.address()
    return server.start({
      port: 18080,
      routes: { '/movies': `http://127.0.0.1:${port}` }
    }).then(s => { gateway = s })
  })

  after(() => {
    gateway.close()
    upstream.close()
  })

  it('proxies /movies to the upstream', () => {
    return request(gateway)
      .get('/movies/premieres')
      .expect(200)
      .expect(res => res.body[0].title.should.equal('/movies/premieres'))
  })

  it('rejects an empty route table', () => {
    return server.start({ port: 18081, routes: {} }).should.be.rejected()
  })
})
