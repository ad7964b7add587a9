import { describe, expect, it } from 'vitest';
import { isExternalUrl } from './value-evaluation.js';

describe('isExternalUrl: an env default that names an external system', () => {
  it.each([
    ['https://payments.exampleco.com/', true],
    ['https://paypal.com/', true],
    ['http://api.partner.io/v1', true],
    ['https://user:secret@psp.examplenet.net/api', true],
    ['http://hooks.partner.example.io/x', true],
    ['http://catalogue:8080', false],
    ['http://cart.shop', false],
    ['http://cart.shop:8080/items', false],
    ['http://orders.default.svc.cluster.local', false],
    ['https://audit.internal/log', false],
    ['http://printer.local', false],
    ['http://10.0.0.12:8080', false],
    ['http://localhost:3000', false],
    ['payments.exampleco.com', false],
    ['amqp://broker.exampleco.com', false],
  ])('%s → %s', (text, expected) => {
    expect(isExternalUrl({ kind: 'literal', text })).toBe(expected);
  });

  it('is false for anything but a literal', () => {
    expect(isExternalUrl({ kind: 'prefix', text: 'https://payments.exampleco.com/' })).toBe(false);
    expect(isExternalUrl({ kind: 'env', key: 'PAYMENT_GATEWAY' })).toBe(false);
  });
});
