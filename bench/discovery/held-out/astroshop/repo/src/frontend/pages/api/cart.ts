import type { NextApiRequest, NextApiResponse } from 'next';
import CartGateway from '../../gateways/rpc/Cart.gateway';
import ProductCatalogService from '../../services/ProductCatalog.service';
import { getUserId } from '../../utils/session';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = getUserId(req, res);
  switch (req.method) {
    case 'GET': {
      const { items } = await CartGateway.getCart(userId);
      const currencyCode = (req.query.currencyCode as string) || 'USD';
      const detailed = await Promise.all(
        items.map(async ({ productId, quantity }) => ({
          productId,
          quantity,
          product: await ProductCatalogService.getProduct(productId, currencyCode),
        }))
      );
      return res.status(200).json({ userId, items: detailed });
    }
    case 'POST': {
      const { productId, quantity } = req.body;
      await CartGateway.addItem(userId, { productId, quantity });
      return res.status(200).json(await CartGateway.getCart(userId));
    }
    case 'DELETE': {
      await CartGateway.emptyCart(userId);
      return res.status(204).send('');
    }
    default:
      return res.status(405).send('');
  }
}
