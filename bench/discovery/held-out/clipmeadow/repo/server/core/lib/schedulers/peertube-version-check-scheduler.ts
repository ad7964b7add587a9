import { doJSONRequest } from '../../helpers/requests.js'
import { logger } from '../../helpers/logger.js'
import { CONFIG } from '../../initializers/config.js'
import { CLIPMEADOW_VERSION } from '../../initializers/constants.js'
import { ApplicationModel } from '../../models/application/application.js'
import { Notifier } from '../notifier/notifier.js'
import { AbstractScheduler } from './abstract-scheduler.js'

export class PeerTubeVersionCheckScheduler extends AbstractScheduler {

  private static instance: AbstractScheduler

  protected schedulerIntervalMs = 24 * 60 * 60 * 1000 // 1 day

  private constructor () {
    super()
  }

  protected async internalExecute () {
    return this.checkLatestVersion()
  }

  private async checkLatestVersion () {
    if (CONFIG.PEERTUBE.CHECK_LATEST_VERSION.ENABLED === false) return

    logger.info('Checking latest Clipmeadow version.')

    const { body } = await doJSONRequest<{ peertube: { latestVersion: string } }>(CONFIG.PEERTUBE.CHECK_LATEST_VERSION.URL)

    if (!body?.peertube?.latestVersion) {
      logger.warn('Cannot check latest version: body is invalid.', { body })
      return
    }

    const latestVersion = body.peertube.latestVersion
    const application = await ApplicationModel.load()

    // Already checked this version
    if (application.latestPeerTubeVersion === latestVersion) return

    if (latestVersion !== CLIPMEADOW_VERSION) {
      application.latestPeerTubeVersion = latestVersion
      await application.save()

      Notifier.Instance.notifyOfNewPeerTubeVersion(application, latestVersion)
    }
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}
