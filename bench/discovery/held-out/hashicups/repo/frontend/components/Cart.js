import { useState } from 'react';
import { placeOrder, pay } from '../lib/graphql-client';
import { total, loyaltyEnabled, loyaltyPoints, removeItem } from '../lib/cart';

export default function Cart({ items, setItems }) {
  const [status, setStatus] = useState('');

  async function checkout() {
    setStatus('Placing order…');
    try {
      const order = await placeOrder(items.map(({ coffeeId, quantity }) => ({ coffeeId, quantity })));
      const receipt = await pay({
        name: 'Demo Customer', type: 'visa', number: '4111 1111 1111 1111',
        expiry: '01/30', cv2: 123, amount: order.total,
      });
      setStatus(`Paid — ${receipt.message}`);
      setItems([]);
    } catch (e) {
      setStatus(`Failed: ${e.message}`);
    }
  }

  return (
    <aside className="cart">
      <h2>Your order</h2>
      {items.map((i) => (
        <div key={i.coffeeId}>
          {i.quantity} × {i.name}
          <button onClick={() => setItems(removeItem(items, i.coffeeId))}>×</button>
        </div>
      ))}
      <p>Total £{total(items).toFixed(2)}</p>
      {loyaltyEnabled && <p>You earn {loyaltyPoints(items)} kettle points</p>}
      <button disabled={!items.length} onClick={checkout}>Pay</button>
      <p>{status}</p>
    </aside>
  );
}
