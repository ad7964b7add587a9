import apm from './rum'

export async function fetchJSON (path) {
  const resp = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!resp.ok) {
    apm.captureError(new Error(`GET ${path} -> ${resp.status}`))
    throw new Error(resp.statusText)
  }
  return resp.json()
}

export const getProducts = () => fetchJSON('/api/products')
export const getStats = () => fetchJSON('/api/stats')
