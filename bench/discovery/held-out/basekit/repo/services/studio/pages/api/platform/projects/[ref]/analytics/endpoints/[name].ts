import type { NextApiRequest, NextApiResponse } from 'next'
import { LOGTIDE_PRIVATE_ACCESS_TOKEN, LOGTIDE_URL } from '../../../../../../../lib/constants'

const PROJECT_REF = 'default'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { name, ...params } = req.query
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('Allow', ['GET', 'POST'])
    return res.status(405).json({ error: { message: `Method ${req.method} Not Allowed` } })
  }

  const search = new URLSearchParams({ ...(params as Record<string, string>), project: PROJECT_REF })
  const url = `${LOGTIDE_URL}/api/endpoints/query/name/${name}?${search.toString()}`

  const response = await fetch(url, {
    method: req.method,
    headers: {
      'x-api-key': LOGTIDE_PRIVATE_ACCESS_TOKEN,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: req.method === 'POST' ? JSON.stringify(req.body) : undefined,
  })

  const json = await response.json()
  return res.status(response.status).json(json)
}
