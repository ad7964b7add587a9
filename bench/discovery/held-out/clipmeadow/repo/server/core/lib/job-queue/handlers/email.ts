import { Job } from 'bullmq'
import { logger } from '../../../helpers/logger.js'
import { Emailer, SendEmailOptions } from '../../emailer.js'

async function processEmail (job: Job) {
  const payload = job.data as SendEmailOptions
  logger.info('Processing email in job %s.', job.id)

  return Emailer.Instance.sendMail(payload)
}

export { processEmail }
