import ProductCatalogGateway from '../gateways/rpc/ProductCatalog.gateway';
import CurrencyGateway from '../gateways/rpc/Currency.gateway';
import { Money, Product } from '../protos/demo';

const ProductCatalogService = () => ({
  async getProductPrice(price: Money, currencyCode: string) {
    return !!currencyCode && currencyCode !== price.currencyCode
      ? CurrencyGateway.convert(price, currencyCode)
      : price;
  },
  async listProducts(currencyCode = 'USD'): Promise<Product[]> {
    const { products } = await ProductCatalogGateway.listProducts();
    return Promise.all(
      products.map(async product => ({
        ...product,
        priceUsd: await this.getProductPrice(product.priceUsd!, currencyCode),
      }))
    );
  },
  async getProduct(id: string, currencyCode = 'USD') {
    const product = await ProductCatalogGateway.getProduct(id);
    return { ...product, priceUsd: await this.getProductPrice(product.priceUsd!, currencyCode) };
  },
});

export default ProductCatalogService();
