/* eslint-env mocha */
const { createContainer, asValue } = require('awilix')
const server = require('./server')

describe('Server', () => {
  it('should require a port to start', () => {
    const container = createContainer()
    container.register({
      mailer: asValue({}),
      serverSettings: asValue({})
    })
    return server.start(container).should.be.rejectedWith(/port/)
  })
})
