// @ts-check

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import url from 'node:url';

import dotenv from 'dotenv';
import express from 'express';
import { WebSocketServer } from 'ws';

import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { setupMetrics } from './metrics.js';
import * as Database from './database.js';
import * as Redis from './redis.js';
import { isTruthy, normalizeHashtag, firstParam } from './utils.js';

const __dirname = path.dirname(url.fileURLToPath(import.meta.url));

const logger = pino({ name: 'streaming', level: process.env.LOG_LEVEL || 'info' });
const httpLogger = pinoHttp({ logger });
const initializeLogLevel = (env, environment) => { if (!env.LOG_LEVEL && environment === 'development') logger.level = 'debug'; };
const attachWebsocketHttpLogger = (req) => httpLogger(req, { on() {} });
const createWebsocketLogger = (req) => logger.child({ req: { id: req.id } });

class RequestError extends Error {
  constructor(message) { super(message); this.name = 'RequestError'; this.status = 400; }
}

class AuthenticationError extends Error {
  constructor(message) { super(message); this.name = 'AuthenticationError'; this.status = 401; }
}

const extractErrorStatusAndMessage = (err) => {
  if (err instanceof AuthenticationError || err instanceof RequestError) return { statusCode: err.status, errorMessage: err.message };
  return { statusCode: 503, errorMessage: 'An unexpected error occurred' };
};

const environment = process.env.NODE_ENV || 'development';

// Correctly detect and load .env or .env.production file based on environment:
const dotenvFile = environment === 'production' ? '.env.production' : '.env';
dotenv.config({ path: path.resolve(__dirname, path.join('..', dotenvFile)) });

initializeLogLevel(process.env, environment);

const PUBLIC_CHANNELS = [
  'public',
  'public:media',
  'public:local',
  'public:local:media',
  'public:remote',
  'public:remote:media',
  'hashtag',
  'hashtag:local',
];

const CHANNEL_NAMES = [
  'system',
  'user',
  'user:notification',
  'list',
  'direct',
  ...PUBLIC_CHANNELS,
];

const startServer = async () => {
  const pgPool = Database.getPool(Database.configFromEnv(process.env, environment), environment);

  const metrics = setupMetrics(CHANNEL_NAMES, pgPool);

  const redisConfig = Redis.configFromEnv(process.env);
  const redisClient = Redis.createClient(redisConfig, logger);
  const redisSubscribeClient = Redis.createClient(redisConfig, logger);
  const { redisPrefix } = redisConfig;

  const server = http.createServer();
  const wss = new WebSocketServer({ noServer: true });

  /** @type {Object.<string, Array.<function(Object<string, any>): void>>} */
  const subs = {};

  const onRedisMessage = (channel, message) => {
    metrics.redisMessagesReceived.inc();
    const callbacks = subs[channel];
    logger.debug(`New message on channel ${channel}`);
    if (!callbacks) return;
    const json = JSON.parse(message);
    callbacks.forEach(callback => callback(json));
  };
  redisSubscribeClient.on('message', onRedisMessage);

  /**
   * @param {string} channel
   * @param {function(Object<string, any>): void} callback
   */
  const subscribe = (channel, callback) => {
    logger.debug(`Adding listener for ${channel}`);
    subs[channel] = subs[channel] || [];
    if (subs[channel].length === 0) {
      logger.debug(`Subscribe ${channel}`);
      redisSubscribeClient.subscribe(channel, (err, count) => {
        if (err) {
          logger.error(`Error subscribing to ${channel}`);
        } else if (typeof count === 'number') {
          metrics.redisSubscriptions.set(count);
        }
      });
    }
    subs[channel].push(callback);
  };

  const unsubscribe = (channel, callback) => {
    if (!Array.isArray(subs[channel])) return;
    subs[channel] = subs[channel].filter(item => item !== callback);
    if (subs[channel].length === 0) {
      redisSubscribeClient.unsubscribe(channel);
      delete subs[channel];
    }
  };

  const app = express();
  app.set('trust proxy', process.env.TRUSTED_PROXY_IP ? process.env.TRUSTED_PROXY_IP.split(/(?:\s*,\s*|\s+)/) : 'loopback,uniquelocal');
  app.use(httpLogger);

  app.get('/api/v1/streaming/health', (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('OK');
  });

  app.get('/metrics', metrics.requestHandler);

  /**
   * @param {string} token
   * @param {any} req
   * @returns {Promise<any>}
   */
  const accountFromToken = async (token, req) => {
    const result = await pgPool.query(
      'SELECT oauth_access_tokens.id, oauth_access_tokens.resource_owner_id, users.account_id, users.chosen_languages, oauth_access_tokens.scopes, devices.device_id FROM oauth_access_tokens INNER JOIN users ON oauth_access_tokens.resource_owner_id = users.id LEFT OUTER JOIN devices ON oauth_access_tokens.id = devices.access_token_id WHERE oauth_access_tokens.token = $1 AND oauth_access_tokens.revoked_at IS NULL LIMIT 1',
      [token],
    );
    if (result.rows.length === 0) {
      throw new AuthenticationError('Invalid access token');
    }
    req.accessTokenId = result.rows[0].id;
    req.scopes = result.rows[0].scopes.split(' ');
    req.accountId = result.rows[0].account_id;
    req.chosenLanguages = result.rows[0].chosen_languages;
    req.deviceId = result.rows[0].device_id;
    return { accessTokenId: req.accessTokenId, accountId: req.accountId };
  };

  const accountFromRequest = (req) => {
    const authorization = req.headers.authorization;
    const location = req.url ? url.parse(req.url, true) : undefined;
    const accessToken = location?.query.access_token || req.headers['sec-websocket-protocol'];
    if (!authorization && !accessToken) {
      return Promise.reject(new AuthenticationError('Missing access token'));
    }
    const token = authorization ? authorization.replace(/^Bearer /, '') : accessToken;
    return accountFromToken(token, req);
  };

  const channelNameToIds = async (req, name, params) => {
    switch (name) {
    case 'user':
      return { channelIds: req.deviceId ? [`timeline:${req.accountId}`, `timeline:${req.accountId}:${req.deviceId}`] : [`timeline:${req.accountId}`], options: { needsFiltering: false } };
    case 'user:notification':
      return { channelIds: [`timeline:${req.accountId}:notifications`], options: { needsFiltering: false } };
    case 'public':
      return { channelIds: ['timeline:public'], options: { needsFiltering: true } };
    case 'public:local':
      return { channelIds: ['timeline:public:local'], options: { needsFiltering: true } };
    case 'public:remote':
      return { channelIds: ['timeline:public:remote'], options: { needsFiltering: true } };
    case 'direct':
      return { channelIds: [`timeline:direct:${req.accountId}`], options: { needsFiltering: false } };
    case 'hashtag':
      return { channelIds: [`timeline:hashtag:${normalizeHashtag(params.tag)}`], options: { needsFiltering: true } };
    case 'list': {
      const res = await pgPool.query('SELECT id, account_id FROM lists WHERE id = $1 LIMIT 1', [params.list]);
      if (res.rows.length === 0 || res.rows[0].account_id !== req.accountId) throw new AuthenticationError('List not found');
      return { channelIds: [`timeline:list:${params.list}`], options: { needsFiltering: false } };
    }
    default:
      throw new RequestError('Unknown stream type');
    }
  };

  const streamFrom = (channelIds, req, output) => {
    const listener = (message) => {
      const { event, payload } = message;
      output(event, typeof payload === 'string' ? payload : JSON.stringify(payload));
    };
    channelIds.forEach(id => subscribe(`${redisPrefix}${id}`, listener));
    // Mark this timeline as subscribed so that sidekiq keeps fanning out to it.
    channelIds.forEach(id => redisClient.setex(`${redisPrefix}subscribed:${id}`, 3 * 60, '1'));
    return () => channelIds.forEach(id => unsubscribe(`${redisPrefix}${id}`, listener));
  };

  app.get('/api/v1/streaming/*', (req, res) => {
    accountFromRequest(req).then(async () => {
      const channelName = firstParam(req.params[0]) || 'user';
      const { channelIds } = await channelNameToIds(req, channelName, req.query);
      res.setHeader('Content-Type', 'text/event-stream');
      const cleanup = streamFrom(channelIds, req, (event, payload) => res.write(`event: ${event}\ndata: ${payload}\n\n`));
      req.on('close', cleanup);
    }).catch(err => {
      const { statusCode, errorMessage } = extractErrorStatusAndMessage(err);
      res.writeHead(statusCode, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: errorMessage }));
    });
  });

  server.on('upgrade', (request, socket, head) => {
    if (request.url?.startsWith('/api/v1/streaming')) {
      accountFromRequest(request).then(() => {
        wss.handleUpgrade(request, socket, head, (ws) => {
          attachWebsocketHttpLogger(request);
          wss.emit('connection', ws, request);
        });
      }).catch(() => socket.destroy());
    } else {
      socket.destroy();
    }
  });

  wss.on('connection', (ws, req) => {
    const log = createWebsocketLogger(req);
    ws.on('message', async (data) => {
      const json = JSON.parse(data.toString('utf8'));
      if (json.type === 'subscribe' && CHANNEL_NAMES.includes(json.stream)) {
        const { channelIds } = await channelNameToIds(req, json.stream, json);
        const cleanup = streamFrom(channelIds, req, (event, payload) => ws.send(JSON.stringify({ stream: [json.stream], event, payload })));
        ws.on('close', cleanup);
        log.debug({ stream: json.stream }, 'subscribed');
      }
    });
  });

  server.on('request', app);
  server.listen(+(process.env.PORT || 4000), process.env.BIND || '0.0.0.0', () => {
    logger.info(`Streaming API now listening on ${process.env.BIND || '0.0.0.0'}:${process.env.PORT || 4000}`);
  });

  const onExit = () => { server.close(); process.exit(0); };
  process.on('SIGINT', onExit);
  process.on('SIGTERM', onExit);
};

startServer().catch(err => { logger.error(err); process.exit(1); });
