import { QueryTypes, Transaction } from 'sequelize'
import { Sequelize as SequelizeTypescript } from 'sequelize-typescript'
import { logger } from '../helpers/logger.js'
import { CONFIG } from './config.js'
import { VideoModel } from '../models/video/video.js'
import { VideoFileModel } from '../models/video/video-file.js'
import { RunnerJobModel } from '../models/runner/runner-job.js'
import { UserModel } from '../models/user/user.js'
import { ActorModel } from '../models/actor/actor.js'

require('pg').defaults.parseInt8 = true // Avoid BIGINT to be converted to string

const dbname = CONFIG.DATABASE.DBNAME
const username = CONFIG.DATABASE.USERNAME
const password = CONFIG.DATABASE.PASSWORD
const host = CONFIG.DATABASE.HOSTNAME
const port = CONFIG.DATABASE.PORT
const poolMax = CONFIG.DATABASE.POOL.MAX

let dialectOptions: any = {}

if (CONFIG.DATABASE.SSL) {
  dialectOptions = {
    ssl: {
      rejectUnauthorized: false
    }
  }
}

const sequelizeTypescript = new SequelizeTypescript({
  database: dbname,
  dialect: 'postgres',
  dialectOptions,
  host,
  port,
  username,
  password,
  pool: {
    max: poolMax
  },
  benchmark: logger.isDebugEnabled(),
  isolationLevel: Transaction.ISOLATION_LEVELS.SERIALIZABLE,
  logging: (message: string, benchmark: number) => {
    if (process.env.NODE_DB_LOG === 'false') return
    logger.debug(message, { duration: benchmark })
  }
})

function checkDatabaseConnectionOrDie () {
  sequelizeTypescript.authenticate()
    .then(() => logger.debug('Connection to PostgreSQL has been established successfully.'))
    .catch(err => {
      logger.error('Unable to connect to PostgreSQL database.', { err })
      process.exit(-1)
    })
}

async function initDatabaseModels (silent: boolean) {
  sequelizeTypescript.addModels([
    ActorModel,
    UserModel,
    VideoModel,
    VideoFileModel,
    RunnerJobModel
  ])

  await createFunctions()

  if (!silent) logger.info('Database %s is ready.', dbname)
}

async function createFunctions () {
  const query = `CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text AS
  $func$
    SELECT public.unaccent('public.unaccent', $1::text)
  $func$ LANGUAGE sql IMMUTABLE;`

  return sequelizeTypescript.query(query, { raw: true, type: QueryTypes.RAW })
}

export { initDatabaseModels, checkDatabaseConnectionOrDie, sequelizeTypescript }
