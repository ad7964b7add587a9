'use strict';

const path = require('path');
const HipsterPaymentServer = require('./server');

const PORT = process.env.PORT || 50051;
const PROTO_PATH = path.join(__dirname, '/proto/');

const server = new HipsterPaymentServer(PROTO_PATH, PORT);
server.listen();
