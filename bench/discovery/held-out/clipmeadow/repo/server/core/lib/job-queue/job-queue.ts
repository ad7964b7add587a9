import {
  FlowJob,
  FlowProducer,
  Job,
  JobsOptions,
  Queue,
  QueueEvents,
  Worker
} from 'bullmq'
import { logger } from '../../helpers/logger.js'
import { WEBSERVER } from '../../initializers/config.js'
import { Redis } from '../redis.js'
import { processActivityPubHttpSequentialBroadcast, processActivityPubParallelHttpBroadcast } from './handlers/activitypub-http-broadcast.js'
import { processEmail } from './handlers/email.js'
import { processVideoImport } from './handlers/video-import.js'
import { processVideoTranscoding } from './handlers/video-transcoding.js'
import { processMoveToObjectStorage } from './handlers/move-to-object-storage.js'
import { processVideosViewsStats } from './handlers/video-views-stats.js'

export type JobType =
  | 'activitypub-http-broadcast'
  | 'activitypub-http-broadcast-parallel'
  | 'email'
  | 'video-import'
  | 'video-transcoding'
  | 'move-to-object-storage'
  | 'videos-views-stats'

const handlers: { [id in JobType]: (job: Job) => Promise<any> } = {
  'activitypub-http-broadcast': processActivityPubHttpSequentialBroadcast,
  'activitypub-http-broadcast-parallel': processActivityPubParallelHttpBroadcast,
  'email': processEmail,
  'video-import': processVideoImport,
  'video-transcoding': processVideoTranscoding,
  'move-to-object-storage': processMoveToObjectStorage,
  'videos-views-stats': processVideosViewsStats
}

const jobTypes: JobType[] = Object.keys(handlers) as JobType[]

const JOB_CONCURRENCY: { [id in JobType]: number } = {
  'activitypub-http-broadcast': 1,
  'activitypub-http-broadcast-parallel': 30,
  'email': 5,
  'video-import': 1,
  'video-transcoding': 1,
  'move-to-object-storage': 1,
  'videos-views-stats': 1
}

class JobQueue {

  private static instance: JobQueue

  private workers: { [id in JobType]?: Worker } = {}
  private queues: { [id in JobType]?: Queue } = {}
  private queueEvents: { [id in JobType]?: QueueEvents } = {}

  private flowProducer: FlowProducer

  private initialized = false
  private jobRedisPrefix: string

  private constructor () {
  }

  init () {
    // Already initialized
    if (this.initialized === true) return
    this.initialized = true

    this.jobRedisPrefix = 'bull-' + WEBSERVER.HOST

    for (const handlerName of jobTypes) {
      this.buildWorker(handlerName)
      this.buildQueue(handlerName)
      this.buildQueueEvent(handlerName)
    }

    this.flowProducer = new FlowProducer({
      connection: Redis.getRedisClientOptions('FlowProducer'),
      prefix: this.jobRedisPrefix
    })
    this.flowProducer.on('error', err => { logger.error('Error in flow producer', { err }) })

    this.addRepeatableJobs()
  }

  private buildWorker (handlerName: JobType) {
    const workerOptions = {
      autorun: false,
      concurrency: JOB_CONCURRENCY[handlerName],
      prefix: this.jobRedisPrefix,
      connection: Redis.getRedisClientOptions('Worker', { maxRetriesPerRequest: null })
    }

    const handler = function (job: Job) {
      const timeout = 60 * 60 * 1000
      return Promise.race([ handlers[handlerName](job), new Promise((_, rej) => setTimeout(() => rej(new Error('Job timeout')), timeout)) ])
    }

    const processor = async (jobArg: Job<any>) => {
      return handler(jobArg)
    }

    const worker = new Worker(handlerName, processor, workerOptions)

    worker.on('failed', (job, err) => {
      logger.error('Cannot execute job %s in queue %s.', job.id, handlerName, { payload: job.data, err })
    })

    worker.on('error', err => { logger.error('Error in job worker %s.', handlerName, { err }) })

    this.workers[handlerName] = worker
  }

  private buildQueue (handlerName: JobType) {
    const queueOptions = {
      connection: Redis.getRedisClientOptions('Queue', { maxRetriesPerRequest: null }),
      prefix: this.jobRedisPrefix
    }

    const queue = new Queue(handlerName, queueOptions)
    queue.on('error', err => { logger.error('Error in job queue %s.', handlerName, { err }) })

    this.queues[handlerName] = queue
  }

  private buildQueueEvent (handlerName: JobType) {
    const queueEventsOptions = {
      autorun: false,
      connection: Redis.getRedisClientOptions('QueueEvent', { maxRetriesPerRequest: null }),
      prefix: this.jobRedisPrefix
    }

    const queueEvents = new QueueEvents(handlerName, queueEventsOptions)
    queueEvents.on('error', err => { logger.error('Error in job queue events %s.', handlerName, { err }) })

    this.queueEvents[handlerName] = queueEvents
  }

  async start () {
    const promises = jobTypes.map(async t => {
      const worker = this.workers[t]
      if (!worker) return
      worker.run().catch(err => logger.error('Cannot run worker %s', t, { err }))
      await this.queueEvents[t].run()
    })

    return Promise.all(promises)
  }

  createJobAsync (options: { type: JobType, payload: any }) {
    return this.createJob(options)
  }

  async createJob (options: { type: JobType, payload: any }, jobOptions: JobsOptions = {}) {
    const queue = this.queues[options.type]
    if (queue === undefined) {
      logger.error('Unknown queue %s: cannot create job.', options.type)
      return
    }

    return queue.add('job', options.payload, {
      backoff: { delay: 60 * 1000, type: 'exponential' },
      attempts: 5,
      removeOnComplete: true,
      removeOnFail: true,
      ...jobOptions
    })
  }

  async createSequentialJobFlow (...jobs: FlowJob[]) {
    return this.flowProducer.add(jobs.reduce((acc, j) => ({ ...j, children: acc ? [ acc ] : [] }), undefined))
  }

  private addRepeatableJobs () {
    this.queues['videos-views-stats'].add('job', {}, {
      repeat: { pattern: '1 * * * *' },
      jobId: 'videos-views-stats'
    }).catch(err => logger.error('Cannot add repeatable job.', { err }))
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}

export { JobQueue, jobTypes }
