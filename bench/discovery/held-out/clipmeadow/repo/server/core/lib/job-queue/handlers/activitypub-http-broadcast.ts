import { Job } from 'bullmq'
import { map } from 'bluebird'
import { logger } from '../../../helpers/logger.js'
import { doRequest } from '../../../helpers/requests.js'
import { buildGlobalHTTPHeaders, buildSignedRequestOptions, computeBody } from '../../activitypub/send/http.js'
import { ActorFollowHealthCache } from '../../actor-follow-health-cache.js'

export interface ActivitypubHttpBroadcastPayload {
  uris: string[]
  signatureActorId?: number
  body: any
  contextType: string
}

// Deliver an activity to every inbox of the remote followers of the actor.
// Inbox URIs come from the followers stored in database (remote instances chosen by users/admins).
async function processActivityPubHttpSequentialBroadcast (job: Job<ActivitypubHttpBroadcastPayload>) {
  logger.info('Processing ActivityPub broadcast in job %s.', job.id)

  const requestOptions = await buildRequestOptions(job.data)

  const { badUrls, goodUrls } = await broadcastTo({ uris: job.data.uris, requestOptions, concurrency: 1 })

  return ActorFollowHealthCache.Instance.updateActorFollowsHealth(goodUrls, badUrls)
}

async function processActivityPubParallelHttpBroadcast (job: Job<ActivitypubHttpBroadcastPayload>) {
  logger.info('Processing ActivityPub parallel broadcast in job %s.', job.id)

  const requestOptions = await buildRequestOptions(job.data)

  const { badUrls, goodUrls } = await broadcastTo({ uris: job.data.uris, requestOptions, concurrency: 30 })

  return ActorFollowHealthCache.Instance.updateActorFollowsHealth(goodUrls, badUrls)
}

async function broadcastTo (options: { uris: string[], requestOptions: any, concurrency: number }) {
  const { uris, requestOptions, concurrency } = options
  const badUrls: string[] = []
  const goodUrls: string[] = []

  await map(uris, async uri => {
    try {
      await doRequest(uri, requestOptions)
      goodUrls.push(uri)
    } catch (err) {
      logger.debug('HTTP broadcast to %s failed.', uri, { err })
      badUrls.push(uri)
    }
  }, { concurrency })

  return { goodUrls, badUrls }
}

async function buildRequestOptions (payload: ActivitypubHttpBroadcastPayload) {
  const body = await computeBody(payload)
  const httpSignatureOptions = await buildSignedRequestOptions({ signatureActorId: payload.signatureActorId, hasPayload: true })

  return {
    method: 'POST' as const,
    json: body,
    httpSignature: httpSignatureOptions,
    headers: await buildGlobalHTTPHeaders(body)
  }
}

export { processActivityPubHttpSequentialBroadcast, processActivityPubParallelHttpBroadcast }
