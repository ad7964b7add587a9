import { describe, expect, it } from 'vitest';
import { isExternalUrl } from './value-evaluation.js';

describe('isExternalUrl: an env default that names an external system', () => {
  it.each([
    ['https://payments.example.com/', true],
    ['https://paypal.com/', true],
    ['http://api.partner.io/v1', true],
    ['https://user:secret@psp.example.net/api', true],
    ['http://hooks.partner.example/x', true],
    ['http://catalogue:8080', false],
    ['http://cart.shop', false],
    ['http://cart.shop:8080/items', false],
    ['http://orders.default.svc.cluster.local', false],
    ['https://audit.internal/log', false],
    ['http://printer.local', false],
    ['http://10.0.0.12:8080', false],
    ['http://localhost:3000', false],
    ['payments.example.com', false],
    ['amqp://broker.example.com', false],
  ])('%s → %s', (text, expected) => {
    expect(isExternalUrl({ kind: 'literal', text })).toBe(expected);
  });

  it('is false for anything but a literal', () => {
    expect(isExternalUrl({ kind: 'prefix', text: 'https://payments.example.com/' })).toBe(false);
    expect(isExternalUrl({ kind: 'env', key: 'PAYMENT_GATEWAY' })).toBe(false);
  });
});
