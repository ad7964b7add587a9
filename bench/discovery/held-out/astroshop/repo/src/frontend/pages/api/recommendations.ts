import type { NextApiRequest, NextApiResponse } from 'next';
import RecommendationsGateway from '../../gateways/rpc/Recommendations.gateway';
import ProductCatalogService from '../../services/ProductCatalog.service';
import { getUserId } from '../../utils/session';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = getUserId(req, res);
  const productIds = ([] as string[]).concat((req.query.productIds as string | string[]) ?? []);
  const currencyCode = (req.query.currencyCode as string) || 'USD';

  const { productIds: recommended } = await RecommendationsGateway.listRecommendations(userId, productIds);
  const products = await Promise.all(
    recommended.slice(0, 4).map(id => ProductCatalogService.getProduct(id, currencyCode))
  );
  return res.status(200).json(products);
}
