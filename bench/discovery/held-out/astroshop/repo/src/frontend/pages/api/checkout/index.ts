import type { NextApiRequest, NextApiResponse } from 'next';
import CheckoutGateway from '../../../gateways/rpc/Checkout.gateway';
import ProductCatalogService from '../../../services/ProductCatalog.service';
import { getUserId } from '../../../utils/session';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).send('');

  const userId = getUserId(req, res);
  const { currencyCode = 'USD', ...order } = req.body;
  const { order: result } = await CheckoutGateway.placeOrder({ ...order, userId, userCurrency: currencyCode });

  const items = await Promise.all(
    (result?.items ?? []).map(async orderItem => ({
      ...orderItem,
      product: await ProductCatalogService.getProduct(orderItem.item!.productId, currencyCode),
    }))
  );
  return res.status(200).json({ ...result, items });
}
