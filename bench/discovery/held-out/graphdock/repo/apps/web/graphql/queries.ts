import { gql } from '@apollo/client';

export const PRODUCTS = gql`
  query Products {
    products(order_by: { name: asc }) { id sku name price_cents image_url }
  }
`;

export const MY_ORDERS = gql`
  query MyOrders {
    orders(order_by: { created_at: desc }) { id status total_cents currency created_at }
  }
`;

export const ORDER_STATUS = gql`
  subscription OrderStatus($id: uuid!) {
    orders_by_pk(id: $id) {
      id status total_cents currency
      items { quantity unit_price_cents product { name } }
      stock_levels { sku available warehouse }
    }
  }
`;

export const CHECKOUT = gql`
  mutation Checkout($cartId: uuid!, $paymentMethodId: String!) {
    checkout(cartId: $cartId, paymentMethodId: $paymentMethodId) { orderId clientSecret status }
  }
`;
