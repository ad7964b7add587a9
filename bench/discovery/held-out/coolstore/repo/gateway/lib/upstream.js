'use strict';

const axios = require('axios');
const CircuitBreaker = require('opossum');
const config = require('./config');

const clients = {};
const breakers = {};

/**
 * Returns a circuit-breaker-wrapped axios client for a named upstream ("catalog", "cart", ...).
 */
function upstream(name) {
  if (!clients[name]) {
    const baseURL = config.upstreams[name];
    if (!baseURL) {
      throw new Error(`Unknown upstream ${name}`);
    }
    clients[name] = axios.create({ baseURL, timeout: config.timeoutMs });
    breakers[name] = new CircuitBreaker((req) => clients[name].request(req), {
      timeout: config.timeoutMs + 500,
      errorThresholdPercentage: 50,
      resetTimeout: 10000,
      name,
    });
  }
  return {
    get: (url, opts = {}) => breakers[name].fire({ method: 'get', url, ...opts }).then((r) => r.data),
    post: (url, data, opts = {}) => breakers[name].fire({ method: 'post', url, data, ...opts }).then((r) => r.data),
    delete: (url, opts = {}) => breakers[name].fire({ method: 'delete', url, ...opts }).then((r) => r.data),
  };
}

module.exports = { upstream };
