import { GenericContainer, Wait } from "testcontainers"

export default async function setup() {
  // Spin up a throwaway CouchDB (with SQS) and Redis for the test run
  const couchdb = await new GenericContainer("appforge/couchdb:v3.3.3-sqs")
    .withExposedPorts(5984, 4984)
    .withEnvironment({ COUCHDB_USER: "admin", COUCHDB_PASSWORD: "admin" })
    .withWaitStrategy(Wait.forHttp("/_up", 5984).withStartupTimeout(60000))
    .start()

  const redis = await new GenericContainer("redis:7.2-alpine")
    .withExposedPorts(6379)
    .withWaitStrategy(Wait.forLogMessage("Ready to accept connections"))
    .start()

  const couchUrl = `http://admin:admin@${couchdb.getHost()}:${couchdb.getMappedPort(5984)}`
  process.env.COUCH_DB_URL = couchUrl
  process.env.COUCH_DB_SQL_URL = `http://${couchdb.getHost()}:${couchdb.getMappedPort(4984)}`
  process.env.REDIS_URL = `${redis.getHost()}:${redis.getMappedPort(6379)}`
  ;(global as any).__CONTAINERS__ = [couchdb, redis]
}
