import { Transaction } from 'sequelize'
import { logger } from '../../../helpers/logger.js'
import { VideoModel } from '../../../models/video/video.js'
import { getLocalVideoActivityPubUrl } from '../url.js'
import { audiencify, getAudience } from '../audience.js'
import { broadcastToFollowers, sendVideoRelatedActivity } from './shared/send-utils.js'

async function sendCreateVideo (video: VideoModel, transaction: Transaction) {
  if (!video.hasPrivacyForFederation()) return undefined

  logger.info('Creating job to send video creation of %s.', video.url)

  const byActor = video.VideoChannel.Account.Actor
  const videoObject = await video.toActivityPubObject()

  const audience = getAudience(byActor, video.privacy === 1)
  const createActivity = buildCreateActivity(video.url, byActor, videoObject, audience)

  // Followers are remote instances/accounts that followed this channel: their inboxes
  // are resolved at runtime from the actor_follow table
  return broadcastToFollowers({
    data: createActivity,
    byActor,
    toFollowersOf: [ byActor ],
    transaction,
    contextType: 'Video'
  })
}

async function sendCreateVideoComment (comment: any, transaction: Transaction) {
  logger.info('Creating job to send comment %s.', comment.url)

  const byActor = comment.Account.Actor
  const activity = buildCreateActivity(comment.url, byActor, comment.toActivityPubObject(), getAudience(byActor, true))

  return sendVideoRelatedActivity(() => Promise.resolve(activity), { byActor, video: comment.Video, transaction, contextType: 'Comment' })
}

function buildCreateActivity (url: string, byActor: { url: string }, object: any, audience?: any) {
  return audiencify({
    type: 'Create' as const,
    id: url + '/activity',
    actor: byActor.url,
    object: audiencify(object, audience)
  }, audience)
}

export { sendCreateVideo, sendCreateVideoComment, buildCreateActivity, getLocalVideoActivityPubUrl }
