import { chunk } from 'lodash-es'
import { doJSONRequest } from '../../helpers/requests.js'
import { logger } from '../../helpers/logger.js'
import { CONFIG } from '../../initializers/config.js'
import { ActorFollowModel } from '../../models/actor/actor-follow.js'
import { JobQueue } from '../job-queue/job-queue.js'
import { AbstractScheduler } from './abstract-scheduler.js'

// Follow every instance listed by an admin-chosen index (disabled by default:
// followings.instance.auto_follow_index.enabled = false)
export class AutoFollowIndexInstances extends AbstractScheduler {

  private static instance: AbstractScheduler

  protected schedulerIntervalMs = 24 * 60 * 60 * 1000

  private lastCheck: Date

  private constructor () {
    super()
  }

  protected async internalExecute () {
    return this.autoFollow()
  }

  private async autoFollow () {
    if (CONFIG.FOLLOWINGS.INSTANCE.AUTO_FOLLOW_INDEX.ENABLED === false) return

    const indexUrl = CONFIG.FOLLOWINGS.INSTANCE.AUTO_FOLLOW_INDEX.INDEX_URL
    if (!indexUrl) return

    logger.info('Auto follow instances of index %s.', indexUrl)

    try {
      const searchParams = { count: 1000 }
      if (this.lastCheck) Object.assign(searchParams, { since: this.lastCheck.toISOString() })

      this.lastCheck = new Date()

      const { body } = await doJSONRequest<any>(indexUrl, { searchParams })
      if (!body.data || Array.isArray(body.data) === false) {
        logger.error('Cannot auto follow instances of index %s. Please check the auto follow URL.', indexUrl, { body })
        return
      }

      const hosts: string[] = body.data.map(o => o.host)
      const chunks = chunk(hosts, 20)

      for (const chunk of chunks) {
        const unfollowedHosts = await ActorFollowModel.keepUnfollowedInstance(chunk)

        for (const unfollowedHost of unfollowedHosts) {
          await JobQueue.Instance.createJob({ type: 'activitypub-http-broadcast', payload: { host: unfollowedHost, isAutoFollow: true } as any })
        }
      }
    } catch (err) {
      logger.error('Cannot auto follow hosts of index %s.', indexUrl, { err })
    }
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}
