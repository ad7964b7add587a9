export function addItem(cart, coffee) {
  const existing = cart.find((i) => i.coffeeId === coffee.id);
  if (existing) {
    return cart.map((i) => (i.coffeeId === coffee.id ? { ...i, quantity: i.quantity + 1 } : i));
  }
  return [...cart, { coffeeId: coffee.id, name: coffee.name, price: coffee.price, quantity: 1 }];
}

export function removeItem(cart, coffeeId) {
  return cart.filter((i) => i.coffeeId !== coffeeId);
}

export function total(cart) {
  return Math.round(cart.reduce((s, i) => s + i.price * i.quantity, 0) * 100) / 100;
}

export const loyaltyEnabled = process.env.NEXT_PUBLIC_FEATURE_LOYALTY === 'true';

export function loyaltyPoints(cart) {
  return loyaltyEnabled ? Math.floor(total(cart)) : 0;
}
