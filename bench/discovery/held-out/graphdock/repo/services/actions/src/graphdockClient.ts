import { GraphQLClient, gql } from 'graphql-request';
import { config } from './config';

// Admin client: bypasses permissions, used from trusted handlers only.
export const adminClient = new GraphQLClient(config.GRAPHDOCK_ENDPOINT, {
  headers: { 'x-graphdock-admin-secret': config.GRAPHDOCK_ADMIN_SECRET },
});

export const CART_FOR_CHECKOUT = gql`
  query CartForCheckout($cartId: uuid!) {
    carts_by_pk(id: $cartId) {
      id
      customer { id email stripe_customer_id }
      lines { product_id quantity product { price_cents } }
    }
  }
`;

export const INSERT_ORDER = gql`
  mutation InsertOrder($order: orders_insert_input!) {
    insert_orders_one(object: $order) { id total_cents }
  }
`;

export const SET_ORDER_STATUS = gql`
  mutation SetOrderStatus($id: uuid!, $status: String!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: $status }) { id status }
  }
`;

export const ORDER_WITH_CUSTOMER = gql`
  query OrderWithCustomer($id: uuid!) {
    orders_by_pk(id: $id) { id status total_cents currency payment_intent_id customer { email display_name } }
  }
`;

export const SALES_SINCE = gql`
  query SalesSince($since: timestamptz!) {
    orders_aggregate(where: { created_at: { _gte: $since }, status: { _eq: "paid" } }) {
      aggregate { count sum { total_cents } }
    }
  }
`;
