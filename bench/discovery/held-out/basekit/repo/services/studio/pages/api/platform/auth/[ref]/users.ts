import type { NextApiRequest, NextApiResponse } from 'next'
import { gatewayFetch } from '../../../../../lib/api/self-hosted'

// Proxies the Auth admin API (GET/POST /auth/v1/admin/users) through the gateway.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET': {
      const page = Number(req.query.page ?? 1)
      const perPage = Number(req.query.per_page ?? 50)
      const response = await gatewayFetch(`/auth/v1/admin/users?page=${page}&per_page=${perPage}`)
      const body = await response.json()
      return res.status(response.status).json(body)
    }
    case 'POST': {
      const response = await gatewayFetch('/auth/v1/invite', {
        method: 'POST',
        body: JSON.stringify({ email: req.body.email }),
      })
      const body = await response.json()
      return res.status(response.status).json(body)
    }
    default:
      res.setHeader('Allow', ['GET', 'POST'])
      return res.status(405).json({ error: { message: `Method ${req.method} Not Allowed` } })
  }
}
