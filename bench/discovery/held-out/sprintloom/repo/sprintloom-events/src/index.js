const http = require('http');
const jwt = require('jsonwebtoken');
const { v4: uuidv4 } = require('uuid');
const WebSocket = require('ws');
const logger = require('winston');

const config = require('./config');
const rabbitmq = require('./rabbitmq');

logger.add(new logger.transports.Console({ format: logger.format.simple() }));

// Token issued by sprintloom-back, checked locally with the shared secret.
function authenticate(token) {
  try {
    return jwt.verify(token, config.secret, { algorithms: ['HS256'] });
  } catch (err) {
    return null;
  }
}

function canSubscribe(user, routingKey) {
  if (routingKey.startsWith('web_notifications.')) {
    return routingKey === `web_notifications.${user.user_id}`;
  }
  return routingKey.startsWith('changes.project.') || routingKey.startsWith('live_notifications.');
}

class Client {
  constructor(ws) {
    this.id = uuidv4();
    this.ws = ws;
    this.user = null;
    this.subscriptions = new Map();
    ws.on('message', (raw) => this.handleMessage(raw));
    ws.on('close', () => this.close());
  }

  async handleMessage(raw) {
    let msg;
    try { msg = JSON.parse(raw); } catch (e) { return; }

    if (msg.cmd === 'ping') {
      this.ws.send(JSON.stringify({ cmd: 'pong' }));
    } else if (msg.cmd === 'auth') {
      this.user = authenticate(msg.data && msg.data.token);
      this.ws.send(JSON.stringify({ cmd: 'auth', data: { status: this.user ? 'ok' : 'error' } }));
    } else if (msg.cmd === 'subscribe' && this.user && canSubscribe(this.user, msg.routing_key)) {
      const unsubscribe = await rabbitmq.subscribe(msg.routing_key, (event) => {
        if (this.ws.readyState === WebSocket.OPEN) {
          this.ws.send(JSON.stringify({ routing_key: msg.routing_key, data: event.data }));
        }
      });
      this.subscriptions.set(msg.routing_key, unsubscribe);
    } else if (msg.cmd === 'unsubscribe' && this.subscriptions.has(msg.routing_key)) {
      await this.subscriptions.get(msg.routing_key)();
      this.subscriptions.delete(msg.routing_key);
    }
  }

  async close() {
    for (const unsubscribe of this.subscriptions.values()) {
      await unsubscribe().catch(() => {});
    }
    this.subscriptions.clear();
  }
}

async function main() {
  await rabbitmq.connect();

  const server = http.createServer();
  const wss = new WebSocket.Server({ server, path: '/events' });
  wss.on('connection', (ws) => new Client(ws));
  server.listen(config.webSocketServerPort, () => logger.info(`events ws on :${config.webSocketServerPort}`));

  // liveness endpoint for the orchestrator
  http.createServer((req, res) => {
    res.writeHead(req.url === '/healthz' ? 200 : 404);
    res.end();
  }).listen(config.appPort);
}

if (require.main === module) {
  main().catch((err) => {
    logger.error(err);
    process.exit(1);
  });
}

module.exports = { authenticate, canSubscribe };
