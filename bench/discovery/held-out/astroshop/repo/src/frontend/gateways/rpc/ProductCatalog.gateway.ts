import { ListProductsResponse, Product, ProductCatalogServiceClient } from '../../protos/demo';
import { insecureClient } from './channel';

const client = insecureClient(ProductCatalogServiceClient, 'PRODUCT_CATALOG_ADDR');

const ProductCatalogGateway = () => ({
  listProducts() {
    return new Promise<ListProductsResponse>((resolve, reject) =>
      client.listProducts({}, (error, response) => (error ? reject(error) : resolve(response)))
    );
  },
  getProduct(id: string) {
    return new Promise<Product>((resolve, reject) =>
      client.getProduct({ id }, (error, response) => (error ? reject(error) : resolve(response)))
    );
  },
});

export default ProductCatalogGateway();
