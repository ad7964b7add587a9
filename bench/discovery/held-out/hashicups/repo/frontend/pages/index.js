import { useState } from 'react';
import CoffeeCard from '../components/CoffeeCard';
import Cart from '../components/Cart';
import { addItem } from '../lib/cart';
import { fetchMenu } from '../lib/server-api';

export default function Home({ coffees, error }) {
  const [cart, setCart] = useState([]);
  if (error) return <p>The menu is unavailable right now.</p>;
  return (
    <main className="shop">
      <section className="menu">
        {coffees.map((c) => (
          <CoffeeCard key={c.id} coffee={c} onAdd={(coffee) => setCart(addItem(cart, coffee))} />
        ))}
      </section>
      <Cart items={cart} setItems={setCart} />
    </main>
  );
}

export async function getServerSideProps() {
  try {
    return { props: { coffees: await fetchMenu() } };
  } catch (e) {
    console.error('menu fetch failed', e);
    return { props: { coffees: [], error: true } };
  }
}
