import { useRouter } from 'next/router';
import { useSubscription } from '@apollo/client';
import { ORDER_STATUS } from '../../graphql/queries';
import { formatMoney } from '../../lib/format';

export default function OrderPage() {
  const { query } = useRouter();
  const { data } = useSubscription(ORDER_STATUS, { variables: { id: query.id }, skip: !query.id });
  const order = data?.orders_by_pk;
  if (!order) return <p>Loading…</p>;
  return (
    <article>
      <h1>Order {order.id.slice(0, 8)}</h1>
      <p>Status: <strong>{order.status}</strong></p>
      <ul>
        {order.items.map((i: any, n: number) => (
          <li key={n}>{i.quantity} × {i.product.name} — {formatMoney(i.unit_price_cents, order.currency)}</li>
        ))}
      </ul>
      <p>Total: {formatMoney(order.total_cents, order.currency)}</p>
    </article>
  );
}
