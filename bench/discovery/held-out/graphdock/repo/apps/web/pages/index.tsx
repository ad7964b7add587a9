import { useQuery } from '@apollo/client';
import { PRODUCTS } from '../graphql/queries';
import { formatMoney } from '../lib/format';

export default function Home() {
  const { data, loading, error } = useQuery(PRODUCTS);
  if (loading) return <p>Loading…</p>;
  if (error) return <p className="error">Could not load products.</p>;
  return (
    <section className="grid">
      {data.products.map((p: any) => (
        <div className="card" key={p.id}>
          {p.image_url && <img src={p.image_url} alt={p.name} />}
          <h3>{p.name}</h3>
          <span className="price">{formatMoney(p.price_cents)}</span>
        </div>
      ))}
    </section>
  );
}
