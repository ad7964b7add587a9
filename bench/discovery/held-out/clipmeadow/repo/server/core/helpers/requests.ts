import got, { CancelableRequest, OptionsInit, Response } from 'got'
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent'
import { ACTIVITY_PUB, CLIPMEADOW_VERSION, REQUEST_TIMEOUTS, WEBSERVER } from '../initializers/constants.js'
import { isProxyEnabled, getProxy } from './proxy.js'
import { logger } from './logger.js'

export interface PeerTubeRequestOptions {
  timeout?: number
  activityPub?: boolean
  bodyKBLimit?: number
  httpSignature?: any
  jsonResponse?: boolean
  followRedirect?: boolean
}

const peertubeGot = got.extend({
  ...getAgent(),

  headers: {
    'user-agent': getUserAgent()
  },

  hooks: {
    beforeRequest: [
      options => {
        logger.debug('Doing HTTP request %s %s.', options.method, options.url?.toString())
      }
    ]
  }
})

function doRequest (url: string, options: PeerTubeRequestOptions & OptionsInit = {}) {
  const gotOptions = buildGotOptions(options)

  return peertubeGot(url, gotOptions) as CancelableRequest<Response<string>>
}

function doJSONRequest <T> (url: string, options: PeerTubeRequestOptions & OptionsInit = {}) {
  const gotOptions = buildGotOptions(options)

  return peertubeGot(url, { ...gotOptions, responseType: 'json' }) as CancelableRequest<Response<T>>
}

function getAgent () {
  if (!isProxyEnabled()) return {}

  const proxy = getProxy()
  const proxyAgentOptions = { keepAlive: true, keepAliveMsecs: 1000, maxSockets: 256, maxFreeSockets: 256, scheduling: 'lifo' as const, proxy }

  return {
    agent: {
      http: new HttpProxyAgent(proxyAgentOptions),
      https: new HttpsProxyAgent(proxyAgentOptions)
    }
  }
}

function getUserAgent () {
  return `Clipmeadow/${CLIPMEADOW_VERSION} (+${WEBSERVER.URL})`
}

function buildGotOptions (options: PeerTubeRequestOptions & OptionsInit): OptionsInit {
  const { activityPub, bodyKBLimit = 3000, httpSignature, timeout, ...rest } = options
  const context = { bodyKBLimit, httpSignature }

  return {
    ...rest,
    context,
    timeout: { request: timeout ?? REQUEST_TIMEOUTS.DEFAULT },
    headers: activityPub ? { ...rest.headers, accept: ACTIVITY_PUB.ACCEPT_HEADER } : rest.headers
  }
}

export { doRequest, doJSONRequest, getAgent, getUserAgent, peertubeGot }
