import { Address, CartItem, GetQuoteResponse, ShippingServiceClient } from '../../protos/demo';
import { insecureClient } from './channel';

const client = insecureClient(ShippingServiceClient, 'SHIPPING_ADDR');

const ShippingGateway = () => ({
  getShippingCost(items: CartItem[], address: Address) {
    return new Promise<GetQuoteResponse>((resolve, reject) =>
      client.getQuote({ items, address }, (error, response) => (error ? reject(error) : resolve(response)))
    );
  },
});

export default ShippingGateway();
