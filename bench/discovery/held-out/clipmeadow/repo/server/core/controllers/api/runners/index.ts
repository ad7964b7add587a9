import express from 'express'
import { runnerJobsRouter } from './jobs.js'
import { manageRunnersRouter } from './manage-runners.js'
import { runnerJobFilesRouter } from './jobs-files.js'

const runnersRouter = express.Router()

runnersRouter.use('/', runnerJobsRouter)
runnersRouter.use('/', runnerJobFilesRouter)
runnersRouter.use('/', manageRunnersRouter)

export { runnersRouter }
