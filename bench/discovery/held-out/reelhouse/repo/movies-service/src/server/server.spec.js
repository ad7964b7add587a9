/* eslint-env mocha */
const { createContainer, asValue } = require('awilix')
const server = require('./server')

describe('Server', () => {
  it('should require a port to start', () => {
    const container = createContainer()
    container.register({
      repo: asValue({}),
      serverSettings: asValue({})
    })
    return server.start(container).should.be.rejectedWith(/port/)
  })

  it('should require a repository', () => {
    const container = createContainer()
    container.register({
      repo: asValue(null),
      serverSettings: asValue({ port: 3999 })
    })
    return server.start(container).should.be.rejectedWith(/repository/)
  })
})
