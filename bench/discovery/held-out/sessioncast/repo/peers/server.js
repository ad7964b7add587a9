const express = require('express');
const {ExpressPeerServer} = require('peer');

const HOST = process.env.LISTEN_HOST || '0.0.0.0';
const PORT = process.env.LISTEN_PORT || 9000;
const ASSIST_KEY = process.env.ASSIST_KEY || '';
const PREFIX = process.env.PREFIX || '/assist';

const app = express();

const server = app.listen(PORT, HOST, () => {
    console.log(`App listening on http://${HOST}:${PORT}`);
    console.log('Press Ctrl+C to quit.');
});

const peerServer = ExpressPeerServer(server, {
    debug: true,
    path: '/',
    proxied: true,
    allow_discovery: false
});

peerServer.on('connection', (client) => console.log(`initiating ${client.getId()}`));
peerServer.on('disconnect', (client) => console.log(`disconnected ${client.getId()}`));
peerServer.on('error', (err) => console.error('peer error', err));

app.use(`${PREFIX}/${ASSIST_KEY}/peerjs`, peerServer);
app.get('/healthz', (req, res) => res.json({data: true}));

process.on('uncaughtException', err => {
    console.log(`Uncaught Exception: ${err}`);
});
