import Link from 'next/link';

export default function CoffeeCard({ coffee, onAdd }) {
  return (
    <div className="coffee-card">
      <img src={coffee.image} alt={coffee.name} width={120} />
      <h3>
        <Link href={`/coffee/${coffee.id}`}>{coffee.name}</Link>
      </h3>
      <p>{coffee.teaser}</p>
      <span className="price">£{coffee.price.toFixed(2)}</span>
      <button onClick={() => onAdd(coffee)}>Add</button>
    </div>
  );
}
