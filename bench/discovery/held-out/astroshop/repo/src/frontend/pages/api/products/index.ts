import type { NextApiRequest, NextApiResponse } from 'next';
import ProductCatalogService from '../../../services/ProductCatalog.service';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const currencyCode = (req.query.currencyCode as string) || 'USD';
  const products = await ProductCatalogService.listProducts(currencyCode);
  return res.status(200).json(products);
}
