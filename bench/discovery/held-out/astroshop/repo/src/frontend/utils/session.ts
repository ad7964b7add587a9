import type { NextApiRequest, NextApiResponse } from 'next';
import { randomUUID } from 'crypto';

const COOKIE = 'stardust_session';

export function getUserId(req: NextApiRequest, res: NextApiResponse): string {
  const existing = req.cookies[COOKIE];
  if (existing) return existing;
  const id = randomUUID();
  res.setHeader('Set-Cookie', `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`);
  return id;
}
