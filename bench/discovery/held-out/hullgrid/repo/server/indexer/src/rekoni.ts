import type { MeasureContext } from '@hcengineering/core'

export interface RekoniResult {
  content: string
  error?: string
}

/**
 * Extract plain text from a binary attachment (pdf, docx, ...).
 */
export async function extractText (ctx: MeasureContext, rekoniUrl: string, token: string, name: string, contentType: string, data: Buffer): Promise<string> {
  const body = new FormData()
  body.append('file', new Blob([data], { type: contentType }), name)
  const res = await fetch(`${rekoniUrl}/toText?name=${encodeURIComponent(name)}&type=${encodeURIComponent(contentType)}`, {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token },
    body
  })
  if (!res.ok) {
    ctx.error('rekoni failed to extract', { name, status: res.status })
    return ''
  }
  const result: RekoniResult = await res.json()
  return result.content ?? ''
}
