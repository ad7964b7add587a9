import { API_PREFIX, MARKETPLACE_API_PREFIX, PUBLIC_API_PREFIX } from '@/config'
import Toast from '@/app/components/base/toast'
import type { IOnCompleted, IOnData, IOnError } from './base.types'
import ky from 'ky'

const TIME_OUT = 100000

const baseOptions = {
  method: 'GET',
  mode: 'cors',
  credentials: 'include', // always send cookies、HTTP Basic authentication.
  headers: new Headers({
    'Content-Type': 'application/json',
  }),
  redirect: 'follow',
}

export type FetchOptionType = Omit<RequestInit, 'body'> & {
  params?: Record<string, any>
  body?: BodyInit | Record<string, any> | null
}

export type IOtherOptions = {
  isPublicAPI?: boolean
  isMarketplaceAPI?: boolean
  bodyStringify?: boolean
  needAllResponseContent?: boolean
  deleteContentType?: boolean
  silent?: boolean
  onData?: IOnData
  onCompleted?: IOnCompleted
  onError?: IOnError
}

function getAccessToken(isPublicAPI?: boolean) {
  if (isPublicAPI) {
    const sharedToken = globalThis.location.pathname.split('/').slice(-1)[0]
    const accessToken = localStorage.getItem('token') || JSON.stringify({ [sharedToken]: '' })
    let accessTokenJson = { [sharedToken]: '' }
    try {
      accessTokenJson = JSON.parse(accessToken)
    }
    catch {
    }
    return accessTokenJson[sharedToken]
  }
  return localStorage.getItem('console_token') || ''
}

// Runs in the browser: every request goes to the public origin (nginx) under
// /console/api, /api or the marketplace.
const base = async <T>(url: string, options: FetchOptionType = {}, otherOptions: IOtherOptions = {}): Promise<T> => {
  const { isPublicAPI = false, isMarketplaceAPI = false, silent } = otherOptions
  let prefix = API_PREFIX
  if (isPublicAPI)
    prefix = PUBLIC_API_PREFIX
  if (isMarketplaceAPI)
    prefix = MARKETPLACE_API_PREFIX

  const accessToken = getAccessToken(isPublicAPI)
  const headers = new Headers(baseOptions.headers)
  if (accessToken)
    headers.set('Authorization', `Bearer ${accessToken}`)

  const client = ky.create({ prefixUrl: prefix, timeout: TIME_OUT, retry: 0 })
  try {
    const res = await client(url.replace(/^\//, ''), {
      ...(baseOptions as any),
      ...(options as any),
      headers,
      json: options.body && typeof options.body === 'object' ? options.body : undefined,
      searchParams: options.params,
    })
    return await res.json<T>()
  }
  catch (err: any) {
    if (!silent)
      Toast.notify({ type: 'error', message: err?.message || 'Request failed' })
    throw err
  }
}

export const get = <T>(url: string, options = {}, otherOptions?: IOtherOptions) => {
  return base<T>(url, Object.assign({}, options, { method: 'GET' }), otherOptions)
}

export const post = <T>(url: string, options = {}, otherOptions?: IOtherOptions) => {
  return base<T>(url, Object.assign({}, options, { method: 'POST' }), otherOptions)
}

export const getPublic = <T>(url: string, options = {}, otherOptions?: IOtherOptions) => {
  return get<T>(url, options, { ...otherOptions, isPublicAPI: true })
}

export const getMarketplace = <T>(url: string, options = {}, otherOptions?: IOtherOptions) => {
  return get<T>(url, options, { ...otherOptions, isMarketplaceAPI: true })
}
