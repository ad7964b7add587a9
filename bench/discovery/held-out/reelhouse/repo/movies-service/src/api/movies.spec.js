/* eslint-env mocha */
const request = require('supertest')
const { createContainer, asValue } = require('awilix')
const server = require('../server/server')

describe('Movies API', () => {
  let app = null
  const testMovies = [{
    id: '3',
    title: 'Heat Signature',
    format: 'IMAX',
    releaseYear: 2021,
    releaseMonth: 4,
    releaseDay: 2
  }, {
    id: '4',
    title: 'Paper Lanterns',
    format: '2D',
    releaseYear: 2021,
    releaseMonth: 4,
    releaseDay: 9
  }]

  const testRepo = {
    getAllMovies () { return Promise.resolve(testMovies) },
    getMoviePremiers () { return Promise.resolve(testMovies.filter(m => m.releaseYear === 2021)) },
    getMovieById (id) { return Promise.resolve(testMovies.find(m => m.id === id)) }
  }

  beforeEach(() => {
    const container = createContainer()
    container.register({
      repo: asValue(testRepo),
      serverSettings: asValue({ port: 3000, metricsEnabled: false })
    })
    return server.start(container).then(serv => { app = serv })
  })

  afterEach(() => {
    app.close()
    app = null
  })

  it('can return all movies', (done) => {
    request(app)
      .get('/movies')
      .expect((res) => {
        res.body.should.containEql({ id: '3', title: 'Heat Signature', format: 'IMAX', releaseYear: 2021, releaseMonth: 4, releaseDay: 2 })
      })
      .expect(200, done)
  })

  it('returns 404 for an unknown movie', (done) => {
    request(app)
      .get('/movies/999')
      .expect(404, done)
  })
})
