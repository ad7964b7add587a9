import { describe, expect, it } from 'vitest';
import { hostLabel, nameKey, slugOf } from './names.js';

describe('nameKey', () => {
  it.each([
    ['cart-service', 'cart'],
    ['cartservice', 'cart'],
    ['CartService', 'cart'],
    ['cart_svc', 'cart'],
    ['cart', 'cart'],
    ['orders-api', 'orders'],
    ['api', 'api'],
    ['service', 'service'],
    ['checkout-backend', 'checkout'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('hostLabel and slugOf', () => {
  it('takes the first DNS label', () => expect(hostLabel('cart.default.svc.cluster.local')).toBe('cart'));
  it.each([
    ['Cart Service', 'cart-service'],
    ['api.stripe.com', 'api-stripe-com'],
    ['--x--', 'x'],
    ['', 'unnamed'],
  ])('slugs %j as %s', (name, slug) => expect(slugOf(name)).toBe(slug));
});
