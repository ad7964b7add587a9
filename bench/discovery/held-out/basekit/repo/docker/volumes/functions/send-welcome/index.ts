// Sends a welcome email via Resend when called from a database webhook on public.profiles.
// Reads the profile straight from Postgres using the direct connection string.
import { serve } from 'https://deno.land/std@0.177.1/http/server.ts'
import { Pool } from 'https://deno.land/x/postgres@v0.17.0/mod.ts'

const RESEND_API_KEY = Deno.env.get('RESEND_API_KEY')
const RESEND_ENDPOINT = 'https://api.resend.com/emails'

// BASEKIT_DB_URL: postgresql://postgres:...@db:5432/postgres
const pool = new Pool(Deno.env.get('BASEKIT_DB_URL')!, 3, true)

interface WebhookPayload {
  type: 'INSERT' | 'UPDATE' | 'DELETE'
  table: string
  record: { id: string; username: string | null }
}

serve(async (req: Request) => {
  const payload: WebhookPayload = await req.json()
  if (payload.type !== 'INSERT') {
    return new Response('ignored', { status: 202 })
  }

  const connection = await pool.connect()
  let email: string | undefined
  try {
    const result = await connection.queryObject<{ email: string }>`
      select email from auth.users where id = ${payload.record.id}
    `
    email = result.rows[0]?.email
  } finally {
    connection.release()
  }

  if (!email) {
    return new Response(JSON.stringify({ error: 'user not found' }), { status: 404 })
  }

  const res = await fetch(RESEND_ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${RESEND_API_KEY}`,
    },
    body: JSON.stringify({
      from: 'BaseKit <onboarding@example.com>',
      to: [email],
      subject: 'Welcome aboard',
      html: `<strong>Hi ${payload.record.username ?? 'there'}, thanks for signing up!</strong>`,
    }),
  })

  const data = await res.json()
  return new Response(JSON.stringify(data), {
    status: res.ok ? 200 : 502,
    headers: { 'Content-Type': 'application/json' },
  })
})
