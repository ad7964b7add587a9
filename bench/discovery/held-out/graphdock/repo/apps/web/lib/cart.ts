import { useEffect, useState } from 'react';

const KEY = 'latticeshop.cart';

export function useCart() {
  const [cartId, setCartId] = useState<string | null>(null);
  useEffect(() => {
    setCartId(window.localStorage.getItem(KEY));
  }, []);
  return {
    cartId,
    setCart(id: string) {
      window.localStorage.setItem(KEY, id);
      setCartId(id);
    },
  };
}
