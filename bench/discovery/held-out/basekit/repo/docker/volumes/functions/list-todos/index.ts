// Lists the caller's todos through the BaseKit API (PostgREST behind the gateway),
// forwarding the caller's JWT so row level security applies.
import { serve } from 'https://deno.land/std@0.177.1/http/server.ts'
import { createClient } from 'https://esm.sh/@basekit/basekit-js@2.45.0'

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
}

serve(async (req: Request) => {
  if (req.method === 'OPTIONS') {
    return new Response('ok', { headers: corsHeaders })
  }

  try {
    const basekit = createClient(
      // BASEKIT_URL is http://kong:8000 inside the compose network
      Deno.env.get('BASEKIT_URL') ?? '',
      Deno.env.get('BASEKIT_ANON_KEY') ?? '',
      { global: { headers: { Authorization: req.headers.get('Authorization')! } } }
    )

    const {
      data: { user },
    } = await basekit.auth.getUser()

    const { data, error } = await basekit
      .from('todos')
      .select('id, task, is_complete, inserted_at')
      .order('inserted_at', { ascending: false })
    if (error) throw error

    return new Response(JSON.stringify({ user: user?.id, todos: data }), {
      headers: { ...corsHeaders, 'Content-Type': 'application/json' },
      status: 200,
    })
  } catch (error) {
    return new Response(JSON.stringify({ error: error.message }), {
      headers: { ...corsHeaders, 'Content-Type': 'application/json' },
      status: 400,
    })
  }
})
