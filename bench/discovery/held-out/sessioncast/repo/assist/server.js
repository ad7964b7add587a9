const express = require('express');
const {Server} = require('socket.io');
const {createAdapter} = require('@socket.io/redis-adapter');
const {createClient} = require('redis');
const helper = require('./utils/helper');
const {extractPeerId, verifyJWT} = require('./utils/helper');

const HOST = process.env.LISTEN_HOST || '0.0.0.0';
const PORT = process.env.LISTEN_PORT || 9001;
const ASSIST_KEY = process.env.ASSIST_KEY || '';
const PREFIX = process.env.PREFIX || process.env.prefix || `/assist`;
const REDIS_URL = (process.env.REDIS_URL || "localhost:6379").replace(/((^\w+:|^)\/\/|^)/, 'redis://');

const wsRouter = express.Router();
const app = express();
app.use(express.json());

const io = new Server({
    maxHttpBufferSize: (parseFloat(process.env.maxHttpBufferSize) || 5) * 1e6,
    cors: {origin: "*", methods: ["GET", "POST", "PUT"]},
    path: '/socket'
});

const pubClient = createClient({url: REDIS_URL});
const subClient = pubClient.duplicate();
console.log(`Using Redis: ${REDIS_URL}`);

const AGENTS_CONNECTED = "AGENTS_CONNECTED";
const SESSION_RECONNECTED = "SESSION_RECONNECTED";
const UPDATE_EVENT = "UPDATE_SESSION";

const socketsList = async function (req, res) {
    let liveSessions = new Map();
    let rooms = await io.of('/').adapter.allRooms();
    for (let peerId of rooms) {
        let {projectKey, sessionId} = extractPeerId(peerId);
        if (projectKey === req.params.projectKey) {
            liveSessions.set(sessionId, peerId);
        }
    }
    res.json({data: [...liveSessions.keys()]});
};

const socketsLive = async function (req, res) {
    let liveSessions = [];
    let rooms = await io.of('/').adapter.allRooms();
    for (let peerId of rooms) {
        let {projectKey, sessionId} = extractPeerId(peerId);
        if (projectKey === req.params.projectKey && sessionId !== undefined) {
            let connected = await io.in(peerId).fetchSockets();
            for (let s of connected) {
                if (s.handshake.query.identity === 'session') {
                    liveSessions.push(s.handshake.query.sessionInfo);
                }
            }
        }
    }
    res.json({data: helper.sortPaginate(liveSessions, req.body.pagination || {})});
};

wsRouter.get(`/sockets-list/:projectKey/autocomplete`, socketsList);
wsRouter.get(`/sockets-list/:projectKey/:sessionId`, socketsList);
wsRouter.post(`/sockets-live/:projectKey`, socketsLive);

app.use(`${PREFIX}/${ASSIST_KEY}`, wsRouter);
app.get('/healthz', (req, res) => res.json({data: true}));

io.use(async (socket, next) => {
    if (socket.handshake.query.identity === 'agent' && !verifyJWT(socket.handshake.auth.token)) {
        return next(new Error('Authentication error'));
    }
    next();
});

io.on('connection', async (socket) => {
    socket.handshake.query.sessionInfo = JSON.parse(socket.handshake.query.sessionInfo || "{}");
    socket.peerId = socket.handshake.query.peerId;
    socket.identity = socket.handshake.query.identity;
    if (socket.identity === 'session') {
        socket.handshake.query.sessionInfo.userCountry = helper.lookupCountry(socket.handshake.headers['x-forwarded-for']);
    }
    socket.join(socket.peerId);
    if (socket.identity === 'agent') {
        socket.to(socket.peerId).emit(AGENTS_CONNECTED, [socket.id]);
    } else {
        socket.to(socket.peerId).emit(SESSION_RECONNECTED, socket.id);
    }
    socket.on(UPDATE_EVENT, (...args) => socket.to(socket.peerId).emit(UPDATE_EVENT, ...args));
    socket.onAny((eventName, ...args) => socket.to(socket.peerId).emit(eventName, ...args));
});

Promise.all([pubClient.connect(), subClient.connect()])
    .then(() => {
        io.adapter(createAdapter(pubClient, subClient,
            {requestsTimeout: process.env.REDIS_REQUESTS_TIMEOUT || 5000}));
        const server = app.listen(PORT, HOST, () => {
            console.log(`WS App listening on http://${HOST}:${PORT}`);
            console.log('Press Ctrl+C to quit.');
        });
        io.attach(server);
    })
    .catch((err) => {
        console.error(`Error while connecting to Redis: ${err}`);
        process.exit(1);
    });
