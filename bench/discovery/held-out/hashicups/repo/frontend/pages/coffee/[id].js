import { fetchCoffee } from '../../lib/server-api';

export default function CoffeePage({ coffee }) {
  return (
    <main>
      <h2>{coffee.name}</h2>
      <p>{coffee.description}</p>
      <ul>
        {(coffee.ingredients || []).map((i) => (
          <li key={i.name}>{i.quantity}{i.unit} {i.name}</li>
        ))}
      </ul>
    </main>
  );
}

export async function getServerSideProps({ params }) {
  const coffee = await fetchCoffee(params.id);
  if (!coffee) return { notFound: true };
  return { props: { coffee } };
}
