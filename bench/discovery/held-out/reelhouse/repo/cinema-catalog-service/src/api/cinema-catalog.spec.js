/* eslint-env mocha */
const request = require('supertest')
const { createContainer, asValue } = require('awilix')
const server = require('../server/server')

describe('Cinema Catalog API', () => {
  let app = null

  const testCinemasByCity = [
    { _id: '588ababf2d029a6d15d0b5bf', name: 'Reelhouse Riverside' },
    { _id: '588abbd92d029a6d15d0b5c0', name: 'Reelhouse Old Town' }
  ]

  const testSchedules = [{
    _id: { name: 'Reelhouse Riverside', room: 1 },
    schedules: ['20:45', '18:10']
  }]

  const testRepo = {
    getCinemasByCity (city) { return Promise.resolve(testCinemasByCity) },
    getCinemaById (id) { return Promise.resolve(testCinemasByCity[0]) },
    getCinemaScheduleByMovie (params) { return Promise.resolve(testSchedules) }
  }

  beforeEach(() => {
    const container = createContainer()
    container.register({
      repo: asValue(testRepo),
      serverSettings: asValue({ port: 3001, metricsEnabled: false })
    })
    return server.start(container).then(serv => { app = serv })
  })

  afterEach(() => {
    app.close()
    app = null
  })

  it('can return cinemas by city', (done) => {
    request(app)
      .get('/cinemas?cityId=588ababf2d029a6d15d0b5bf')
      .expect((res) => {
        res.body.should.containEql(testCinemasByCity[0])
      })
      .expect(200, done)
  })

  it('can get a movie schedule', (done) => {
    request(app)
      .get('/cinemas/588ababf2d029a6d15d0b5bf/1')
      .expect(200, done)
  })
})
