import type { NextApiRequest, NextApiResponse } from 'next';
import AdGateway from '../../gateways/rpc/Ad.gateway';
import { getFlagClient } from '../../providers/flags';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const contextKeys = ([] as string[]).concat((req.query.contextKeys as string | string[]) ?? []);
  const adsEnabled = await getFlagClient().getBooleanValue('adServiceEnabled', true);
  if (!adsEnabled) return res.status(200).json([]);

  const { ads } = await AdGateway.listAds(contextKeys);
  return res.status(200).json(ads);
}
