import { addItem, removeItem, total } from '../lib/cart';

test('adds and totals', () => {
  let cart = addItem([], { id: 1, name: 'Cortado', price: 3 });
  cart = addItem(cart, { id: 1, name: 'Cortado', price: 3 });
  cart = addItem(cart, { id: 2, name: 'Flat White', price: 3.2 });
  expect(total(cart)).toBe(9.2);
  expect(removeItem(cart, 1)).toHaveLength(1);
});
