import { serveStats } from './server'

const port = parseInt(process.env.PORT ?? '4900')
const secret = process.env.SERVER_SECRET ?? 'secret'

const close = serveStats(port, secret)
process.on('SIGINT', close)
process.on('SIGTERM', close)
