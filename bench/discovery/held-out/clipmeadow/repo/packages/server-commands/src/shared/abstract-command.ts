import got, { OptionsInit } from 'got'
import { HttpStatusCode } from '@peertube/peertube-models'
import type { PeerTubeServer } from '../server/server.js'

export interface OverrideCommandOptions {
  token?: string
  expectedStatus?: number
}

interface InternalCommonCommandOptions extends OverrideCommandOptions {
  path: string
  url?: string
  implicitToken?: boolean
  defaultExpectedStatus?: number
  headers?: { [ name: string ]: string }
}

export abstract class AbstractCommand {

  constructor (
    protected server: PeerTubeServer
  ) {
  }

  protected postBodyRequest (options: InternalCommonCommandOptions & { fields?: { [ fieldName: string ]: any } }) {
    return this.request({ ...options, method: 'POST', json: options.fields })
  }

  protected getRequestBody <T> (options: InternalCommonCommandOptions & { query?: any }) {
    return this.request({ ...options, method: 'GET', searchParams: options.query }).then(res => res.body as T)
  }

  protected async request (options: InternalCommonCommandOptions & OptionsInit) {
    const { path, token, expectedStatus, defaultExpectedStatus = HttpStatusCode.OK_200, headers = {}, ...rest } = options
    const url = (options.url ?? this.server.url) + path

    if (token) headers['Authorization'] = 'Bearer ' + token

    const res = await got(url, { ...rest as any, headers, responseType: 'json', throwHttpErrors: false })

    const status = expectedStatus ?? defaultExpectedStatus
    if (res.statusCode !== status) {
      const err = new Error(`Expected status ${status}, got ${res.statusCode} on ${url}`) as any
      err.res = res
      throw err
    }

    return res
  }
}
