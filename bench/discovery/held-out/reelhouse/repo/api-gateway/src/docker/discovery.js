'use strict'
// Label-based route discovery against the docker engine API. Kept from the
// docker-machine days; the gateway runs with ROUTE_DISCOVERY=static now.
const Docker = require('dockerode')

const discoverRoutes = ({ dockerSocket }) => {
  const docker = new Docker({ socketPath: dockerSocket })

  return new Promise((resolve, reject) => {
    docker.listContainers({ filters: { label: ['reelhouse.route'] } }, (err, containers) => {
      if (err) return reject(err)

      const routes = containers.reduce((acc, c) => {
        const route = c.Labels['reelhouse.route']
        const port = c.Labels['reelhouse.port'] || c.Ports[0].PrivatePort
        const host = c.Names[0].replace('/', '')
        acc[route] = `http://${host}:${port}`
        return acc
      }, {})

      resolve(routes)
    })
  })
}

module.exports = { discoverRoutes }
