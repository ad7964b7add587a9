import * as Sentry from '@sentry/node'

import { defaultConfig } from './config/config'
import { startPluginsServer } from './main/pluginsServer'
import { PluginsServerConfig } from './types'

export function initSentry(config: PluginsServerConfig): void {
    if (config.SENTRY_DSN) {
        Sentry.init({
            dsn: config.SENTRY_DSN,
            normalizeDepth: 8,
            initialScope: { tags: { PLUGIN_SERVER_MODE: config.PLUGIN_SERVER_MODE ?? 'all' } },
            tracesSampleRate: 0,
        })
    }
}

console.info(`🦔 Hoglytics plugin server (mode: ${defaultConfig.PLUGIN_SERVER_MODE ?? 'all'})`)
initSentry(defaultConfig)

startPluginsServer(defaultConfig).catch((error) => {
    console.error('🔴 Failed to start plugin server', error)
    Sentry.captureException(error)
    process.exit(1)
})
