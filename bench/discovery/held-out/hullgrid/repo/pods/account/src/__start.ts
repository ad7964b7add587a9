import { serveAccount } from '@hcengineering/account'

const dbUrl = process.env.DB_URL ?? process.env.MONGO_URL
if (dbUrl === undefined) {
  console.log('Please provide DB_URL')
  process.exit(1)
}

const transactorUri = process.env.TRANSACTOR_URL
if (transactorUri === undefined) {
  console.log('Please provide TRANSACTOR_URL')
  process.exit(1)
}

void serveAccount({
  port: parseInt(process.env.SERVER_PORT ?? '3000'),
  dbUrl,
  serverSecret: process.env.SERVER_SECRET ?? 'secret',
  transactorUri,
  frontUrl: process.env.FRONT_URL ?? 'http://localhost:8080'
}).then((close) => {
  process.on('SIGINT', close)
  process.on('SIGTERM', close)
})
