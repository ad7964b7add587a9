/**
 * End to end through `scanPaths`: the shapes of the code sources meeting a compose file. An env
 * read's default is what runs when the compose file sets nothing; what the compose file sets wins.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';
import { code } from './code-test-support.js';

const FILES: Record<string, string> = {
  'docker-compose.yml': code`
    services:
      web:
        build: ./web
      payment:
        build: ./payment
        environment:
          CART_HOST: basket
      user:
        build: ./user
      cart:
        image: example/cart:1
      basket:
        image: example/basket:1
      mongodb:
        image: mongo:7`,
  'payment/payment.py': code`
    import os
    import requests
    USER = os.getenv('USER_HOST', 'user')
    CART = os.getenv('CART_HOST', 'cart')
    PAYMENT_GATEWAY = os.getenv('PAYMENT_GATEWAY', 'https://payments.exampleco.com/')
    def pay(id):
        requests.get('http://{user}:8080/check/{id}'.format(user=USER, id=id))
        requests.delete('http://%s:8080/cart/%s' % (CART, id))
        requests.post(PAYMENT_GATEWAY, json={'id': id})`,
  'web/users.js': code`
    const host = process.env.USER_HOST || 'user';
    function baseUrl() { return 'http://' + host + ':8080'; }
    module.exports = { baseUrl };`,
  'web/server.js': code`
    const request = require('request');
    const users = require('./users');
    request(users.baseUrl() + '/login', (err, res) => {});`,
  'user/server.js': code`
    const mongoClient = require('mongodb').MongoClient;
    const mongoURL = process.env.MONGO_URL || 'mongodb://mongodb:27017/users';
    mongoClient.connect(mongoURL, (error, client) => {});`,
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-env-defaults-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${text}\n`);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('env defaults and address helpers, scanned with a compose file', () => {
  it('follows defaults where compose sets nothing, the compose value where it does, and names a public default host', async () => {
    const result = await scanPaths([root]);
    const name = new Map(result.systems.map((system) => [system.id, system.name]));
    const edges = result.integrations.map((edge) => `${name.get(edge.source)} -> ${name.get(edge.target)} (${edge.mechanism})`).sort();
    expect(edges).toEqual(
      [
        'payment -> user (rest)',
        'payment -> basket (rest)',
        'payment -> payments.exampleco.com (rest)',
        'web -> user (rest)',
        'user -> mongodb (database)',
      ].sort(),
    );
  });
});
