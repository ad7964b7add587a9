const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const pino = require('pino');

const charge = require('./charge');

const logger = pino({ name: 'paymentservice-server', messageKey: 'message' });

class PaymentServer {
  constructor(protoRoot, port) {
    this.port = port;
    this.packages = {
      shop: this.constructor.loadProto(path.join(protoRoot, 'shop.proto')),
      health: this.constructor.loadProto(path.join(protoRoot, 'grpc/health/v1/health.proto')),
    };
    this.server = new grpc.Server();
    this.loadAllProtos();
  }

  static chargeServiceHandler(call, callback) {
    try {
      logger.info(`PaymentService#Charge invoked with request ${JSON.stringify(call.request)}`);
      const response = charge(call.request);
      callback(null, response);
    } catch (err) {
      logger.warn(err);
      callback(err);
    }
  }

  static checkHandler(call, callback) {
    callback(null, { status: 'SERVING' });
  }

  listen() {
    this.server.bindAsync(`[::]:${this.port}`, grpc.ServerCredentials.createInsecure(), (err, port) => {
      if (err) throw err;
      logger.info(`PaymentService gRPC server started on port ${port}`);
    });
  }

  loadAllProtos() {
    const shopPackage = this.packages.shop.tinselshop;
    const healthPackage = this.packages.health.grpc.health.v1;

    this.server.addService(shopPackage.PaymentService.service, {
      charge: PaymentServer.chargeServiceHandler.bind(this),
    });
    this.server.addService(healthPackage.Health.service, {
      check: PaymentServer.checkHandler.bind(this),
    });
  }

  static loadProto(file) {
    const packageDefinition = protoLoader.loadSync(file, {
      keepCase: true,
      longs: String,
      enums: String,
      defaults: true,
      oneofs: true,
    });
    return grpc.loadPackageDefinition(packageDefinition);
  }
}

module.exports = PaymentServer;
