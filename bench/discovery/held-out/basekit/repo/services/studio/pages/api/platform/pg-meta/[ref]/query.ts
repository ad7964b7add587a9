import type { NextApiRequest, NextApiResponse } from 'next'
import { constructHeaders, executeQuery } from '../../../../../lib/api/self-hosted'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { method } = req

  switch (method) {
    case 'POST':
      return handlePost(req, res)
    default:
      res.setHeader('Allow', ['POST'])
      res.status(405).json({ data: null, error: { message: `Method ${method} Not Allowed` } })
  }
}

const handlePost = async (req: NextApiRequest, res: NextApiResponse) => {
  const { query } = req.body
  const headers = constructHeaders(req.headers as Record<string, string>)
  const { data, error } = await executeQuery(query, headers)

  if (error) {
    return res.status(400).json(error)
  } else {
    return res.status(200).json(data)
  }
}
