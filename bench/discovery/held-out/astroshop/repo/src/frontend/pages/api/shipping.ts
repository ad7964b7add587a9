import type { NextApiRequest, NextApiResponse } from 'next';
import ShippingGateway from '../../gateways/rpc/Shipping.gateway';
import CurrencyGateway from '../../gateways/rpc/Currency.gateway';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { itemList = '[]', currencyCode = 'USD', address = '{}' } = req.query as Record<string, string>;
  const { costUsd } = await ShippingGateway.getShippingCost(JSON.parse(itemList), JSON.parse(address));
  const cost = await CurrencyGateway.convert(costUsd!, currencyCode);
  return res.status(200).json(cost);
}
