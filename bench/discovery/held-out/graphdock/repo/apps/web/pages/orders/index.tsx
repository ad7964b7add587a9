import Link from 'next/link';
import { useQuery } from '@apollo/client';
import { MY_ORDERS } from '../../graphql/queries';
import { formatMoney } from '../../lib/format';

export default function Orders() {
  const { data, loading } = useQuery(MY_ORDERS);
  if (loading) return <p>Loading…</p>;
  return (
    <table className="orders">
      <thead><tr><th>Order</th><th>Status</th><th>Total</th></tr></thead>
      <tbody>
        {data?.orders.map((o: any) => (
          <tr key={o.id}>
            <td><Link href={`/orders/${o.id}`}>{o.id.slice(0, 8)}</Link></td>
            <td>{o.status}</td>
            <td>{formatMoney(o.total_cents, o.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
