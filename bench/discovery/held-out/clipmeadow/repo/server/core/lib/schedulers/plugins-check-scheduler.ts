import { logger } from '../../helpers/logger.js'
import { CONFIG } from '../../initializers/config.js'
import { checkPluginsUpdates } from '../plugins/plugin-index.js'
import { AbstractScheduler } from './abstract-scheduler.js'

export class PluginsCheckScheduler extends AbstractScheduler {

  private static instance: AbstractScheduler

  protected schedulerIntervalMs = 12 * 60 * 60 * 1000

  private constructor () {
    super()
  }

  protected async internalExecute () {
    return this.checkLatestPluginsVersion()
  }

  private async checkLatestPluginsVersion () {
    if (CONFIG.PLUGINS.INDEX.ENABLED === false) return

    logger.info('Checking latest plugins version.')

    await checkPluginsUpdates()
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}
