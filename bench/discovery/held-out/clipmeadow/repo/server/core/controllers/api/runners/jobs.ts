import express from 'express'
import { UploadFilesForCheck } from 'express'
import { retryTransactionWrapper } from '../../../helpers/database-utils.js'
import { createReqFiles } from '../../../helpers/express-utils.js'
import { logger, loggerTagsFactory } from '../../../helpers/logger.js'
import { sequelizeTypescript } from '../../../initializers/database.js'
import { getRunnerJobHandlerClass, runnerJobCanBeCancelled, updateLastRunnerContact } from '../../../lib/runners/index.js'
import {
  apiRateLimiter,
  asyncMiddleware,
  authenticate,
  ensureUserHasRight,
  runnerJobGetValidator,
  successRunnerJobValidator,
  updateRunnerJobValidator
} from '../../../middlewares/index.js'
import { acceptRunnerJobValidator, getRunnerFromTokenValidator } from '../../../middlewares/validators/runners/index.js'
import { RunnerJobModel } from '../../../models/runner/runner-job.js'

const postRunnerJobSuccessVideoFiles = createReqFiles(
  [ 'payload[videoFile]', 'payload[resolutionPlaylistFile]' ],
  { 'video/mp4': '.mp4', 'application/x-mpegURL': '.m3u8' }
)

const lTags = loggerTagsFactory('api', 'runner')

const runnerJobsRouter = express.Router()

// ---------------------------------------------------------------------------
// Controllers for runners

runnerJobsRouter.post('/jobs/request',
  apiRateLimiter,
  asyncMiddleware(getRunnerFromTokenValidator),
  asyncMiddleware(requestRunnerJob)
)

runnerJobsRouter.post('/jobs/:jobUUID/accept',
  apiRateLimiter,
  asyncMiddleware(runnerJobGetValidator),
  acceptRunnerJobValidator,
  asyncMiddleware(getRunnerFromTokenValidator),
  asyncMiddleware(acceptRunnerJob)
)

runnerJobsRouter.post('/jobs/:jobUUID/update',
  apiRateLimiter,
  asyncMiddleware(runnerJobGetValidator),
  asyncMiddleware(updateRunnerJobValidator),
  asyncMiddleware(updateRunnerJobController)
)

runnerJobsRouter.post('/jobs/:jobUUID/success',
  apiRateLimiter,
  postRunnerJobSuccessVideoFiles,
  asyncMiddleware(runnerJobGetValidator),
  successRunnerJobValidator,
  asyncMiddleware(postRunnerJobSuccess)
)

// ---------------------------------------------------------------------------
// Controllers for admins

runnerJobsRouter.get('/jobs',
  authenticate,
  ensureUserHasRight(1),
  asyncMiddleware(listRunnerJobs)
)

export { runnerJobsRouter }

async function requestRunnerJob (req: express.Request, res: express.Response) {
  const runner = res.locals.runner
  const availableJobs = await RunnerJobModel.listAvailableJobs()

  logger.debug('Runner %s requests for a job.', runner.name, { availableJobs, ...lTags(runner.name) })

  res.json({
    availableJobs: availableJobs.map(j => ({
      uuid: j.uuid,
      type: j.type,
      payload: j.payload
    }))
  })

  updateLastRunnerContact(req, runner)
}

async function acceptRunnerJob (req: express.Request, res: express.Response) {
  const runner = res.locals.runner
  const runnerJob = res.locals.runnerJob

  const newRunnerJob = await retryTransactionWrapper(() => {
    return sequelizeTypescript.transaction(async transaction => {
      await runnerJob.reload({ transaction })
      runnerJob.state = 2 // PROCESSING
      runnerJob.processingJobToken = 'ptrjt-' + crypto.randomUUID()
      runnerJob.runnerId = runner.id
      return runnerJob.save({ transaction })
    })
  })

  logger.info('Remote runner %s has accepted job %s (%s)', runner.name, runnerJob.uuid, runnerJob.type, lTags(runner.name, runnerJob.uuid))

  return res.json({ job: newRunnerJob.toFormattedJSON() })
}

async function updateRunnerJobController (req: express.Request, res: express.Response) {
  const runnerJob = res.locals.runnerJob
  const RunnerJobHandler = getRunnerJobHandlerClass(runnerJob)

  await new RunnerJobHandler().updateProgress({ runnerJob, progress: req.body.progress })

  return res.sendStatus(204)
}

async function postRunnerJobSuccess (req: express.Request, res: express.Response) {
  const runnerJob = res.locals.runnerJob
  const RunnerJobHandler = getRunnerJobHandlerClass(runnerJob)

  await new RunnerJobHandler().complete({ runnerJob, resultPayload: req.body.payload, files: req.files as UploadFilesForCheck })

  return res.sendStatus(204)
}

async function listRunnerJobs (req: express.Request, res: express.Response) {
  const resultList = await RunnerJobModel.listForApi({ start: req.query.start as any, count: req.query.count as any })
  return res.json({ total: resultList.total, data: resultList.data.map(d => d.toFormattedAdminJSON()) })
}

export { runnerJobCanBeCancelled }
