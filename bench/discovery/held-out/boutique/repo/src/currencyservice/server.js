const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const pino = require('pino');

const logger = pino({ name: 'currencyservice-server', messageKey: 'message' });

const PORT = process.env.PORT || '7000';
const PROTO_PATH = path.join(__dirname, './proto/shop.proto');
const HEALTH_PROTO_PATH = path.join(__dirname, './proto/grpc/health/v1/health.proto');

const rates = require('./data/currency_conversion.json');

function loadProto(file) {
  const packageDefinition = protoLoader.loadSync(file, {
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(packageDefinition);
}

const shopProto = loadProto(PROTO_PATH).tinselshop;
const healthProto = loadProto(HEALTH_PROTO_PATH).grpc.health.v1;

function carry(amount) {
  const fractionSize = Math.pow(10, 9);
  amount.nanos += (amount.units % 1) * fractionSize;
  amount.units = Math.floor(amount.units) + Math.floor(amount.nanos / fractionSize);
  amount.nanos = amount.nanos % fractionSize;
  return amount;
}

function getSupportedCurrencies(call, callback) {
  logger.info('Getting supported currencies...');
  callback(null, { currency_codes: Object.keys(rates) });
}

function convert(call, callback) {
  try {
    const request = call.request;
    const from = request.from;
    const euros = carry({
      units: from.units / rates[from.currency_code],
      nanos: from.nanos / rates[from.currency_code],
    });
    euros.nanos = Math.round(euros.nanos);
    const result = carry({
      units: euros.units * rates[request.to_code],
      nanos: euros.nanos * rates[request.to_code],
    });
    result.units = Math.floor(result.units);
    result.nanos = Math.floor(result.nanos);
    result.currency_code = request.to_code;
    logger.info('conversion request successful');
    callback(null, result);
  } catch (err) {
    logger.error(`conversion request failed: ${err}`);
    callback(err.message);
  }
}

function check(call, callback) {
  callback(null, { status: 'SERVING' });
}

function main() {
  logger.info(`Starting gRPC server on port ${PORT}...`);
  const server = new grpc.Server();
  server.addService(shopProto.CurrencyService.service, { getSupportedCurrencies, convert });
  server.addService(healthProto.Health.service, { check });
  server.bindAsync(`[::]:${PORT}`, grpc.ServerCredentials.createInsecure(), (err) => {
    if (err) throw err;
    logger.info(`CurrencyService gRPC server started on port ${PORT}`);
  });
}

main();
