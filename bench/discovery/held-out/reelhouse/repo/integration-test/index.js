/* eslint-env mocha */
// End-to-end smoke test against a running swarm. Point GATEWAY_URL at the
// manager node; the default is the docker-machine virtualbox IP of manager1.
const supertest = require('supertest')

const gateway = process.env.GATEWAY_URL || 'https://192.168.99.100:8080'

describe('Reelhouse booking flow', () => {
  const api = supertest(gateway)
  let cinemaId
  let movieId

  it('lists the premieres', () => {
    return api.get('/movies/premieres')
      .expect(200)
      .expect(res => {
        res.body.length.should.be.above(0)
        movieId = res.body[0].id
      })
  })

  it('finds the cinemas in the test city', () => {
    return api.get('/cinemas?cityId=588ababf2d029a6d15d0b5bf')
      .expect(200)
      .expect(res => {
        cinemaId = res.body[0]._id
      })
  })

  it('shows the schedule for the movie', () => {
    return api.get(`/cinemas/588ababf2d029a6d15d0b5bf/${movieId}`).expect(200)
  })

  it('books two seats with the Stripe test card', () => {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
    return api.post('/booking')
      .send({
        user: {
          name: 'Integration',
          lastName: 'Tester',
          email: 'qa+reelhouse@example.com',
          creditCard: { number: '4242424242424242', cvc: '123', exp_month: 12, exp_year: 2030 }
        },
        booking: {
          city: 'Riverside',
          cinema: cinemaId,
          movie: movieId,
          schedule: tomorrow,
          cinemaRoom: 1,
          seats: ['11', '12'],
          totalAmount: 25
        }
      })
      .expect(200)
  })
})
