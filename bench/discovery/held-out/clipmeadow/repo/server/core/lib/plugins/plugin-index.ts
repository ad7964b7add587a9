import { sanitizeUrl } from '../../helpers/core-utils.js'
import { logger } from '../../helpers/logger.js'
import { doJSONRequest } from '../../helpers/requests.js'
import { CONFIG } from '../../initializers/config.js'
import { CLIPMEADOW_VERSION } from '../../initializers/constants.js'
import { PluginModel } from '../../models/server/plugin.js'
import { PluginManager } from './plugin-manager.js'

export interface PeertubePluginIndexList {
  start: number
  count: number
  sort: string
  pluginType?: number
  currentPeerTubeEngine?: string
  search?: string
}

async function listAvailablePluginsFromIndex (options: PeertubePluginIndexList) {
  const { start = 0, count = 20, search, sort = 'npmName', pluginType } = options

  const searchParams = {
    start,
    count,
    sort,
    pluginType,
    search,
    currentPeerTubeEngine: options.currentPeerTubeEngine || CLIPMEADOW_VERSION
  }

  const uri = CONFIG.PLUGINS.INDEX.URL + '/api/v1/plugins'

  try {
    const { body } = await doJSONRequest<any>(uri, { searchParams })

    logger.debug('Got result from Clipmeadow plugin index.', { body })

    addInstanceInformation(body)

    return body
  } catch (err) {
    logger.error('Cannot list available plugins from index %s.', uri, { err })
    return undefined
  }
}

function addInstanceInformation (result: { data: { npmName: string, installed?: boolean }[] }) {
  for (const d of result.data) {
    d.installed = PluginManager.Instance.isRegistered(d.npmName)
  }

  return result
}

async function getLatestPluginsVersion (npmNames: string[]): Promise<{ npmName: string, latestVersion: string }[]> {
  const bodyRequest = {
    npmNames,
    currentPeerTubeEngine: CLIPMEADOW_VERSION
  }

  const uri = sanitizeUrl(CONFIG.PLUGINS.INDEX.URL) + '/api/v1/plugins/latest-version'

  const options = {
    json: bodyRequest,
    method: 'POST' as const
  }
  const { body } = await doJSONRequest<{ npmName: string, latestVersion: string }[]>(uri, options)

  return body
}

async function getLatestPluginVersion (npmName: string) {
  const results = await getLatestPluginsVersion([ npmName ])

  if (Array.isArray(results) === false || results.length !== 1) {
    logger.warn('Cannot get latest supported plugin version of %s.', npmName)
    return undefined
  }

  return results[0].latestVersion
}

async function checkPluginsUpdates () {
  const plugins = await PluginModel.listInstalled()
  const latest = await getLatestPluginsVersion(plugins.map(p => PluginModel.buildNpmName(p.name, p.type)))

  for (const { npmName, latestVersion } of latest) {
    const plugin = plugins.find(p => PluginModel.buildNpmName(p.name, p.type) === npmName)
    if (plugin && plugin.latestVersion !== latestVersion) {
      plugin.latestVersion = latestVersion
      await plugin.save()
    }
  }
}

export { listAvailablePluginsFromIndex, getLatestPluginVersion, getLatestPluginsVersion, checkPluginsUpdates }
