import type { NextApiRequest, NextApiResponse } from 'next'
import OpenAI from 'openai'
import { OPENAI_API_KEY } from '../../../../lib/constants'

const openai = new OpenAI({ apiKey: OPENAI_API_KEY })

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!OPENAI_API_KEY) {
    return res.status(500).json({
      error: 'No OPENAI_API_KEY set. Create this environment variable to use AI features.',
    })
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST'])
    return res.status(405).json({ error: `Method ${req.method} Not Allowed` })
  }

  const { prompt, entityDefinitions } = req.body as { prompt: string; entityDefinitions?: string[] }

  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0,
    messages: [
      {
        role: 'system',
        content:
          'You are a Postgres expert. Write a single SQL statement that answers the request. ' +
          (entityDefinitions?.length ? `Here is the schema:\n${entityDefinitions.join('\n\n')}` : ''),
      },
      { role: 'user', content: prompt },
    ],
  })

  return res.status(200).json({ sql: completion.choices[0]?.message?.content ?? '' })
}
