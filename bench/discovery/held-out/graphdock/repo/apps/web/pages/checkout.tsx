import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { useRouter } from 'next/router';
import { CHECKOUT } from '../graphql/queries';
import { useCart } from '../lib/cart';

export default function Checkout() {
  const router = useRouter();
  const { cartId } = useCart();
  const [paymentMethodId, setPm] = useState('');
  const [checkout, { loading, error }] = useMutation(CHECKOUT);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const { data } = await checkout({ variables: { cartId, paymentMethodId } });
    router.push(`/orders/${data.checkout.orderId}`);
  }

  return (
    <form onSubmit={submit}>
      <label>Payment method<input value={paymentMethodId} onChange={(e) => setPm(e.target.value)} /></label>
      <button disabled={loading}>Pay</button>
      {error && <p className="error">{error.message}</p>}
    </form>
  );
}
