'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const pino = require('pino');
const config = require('./config');
const { DataManager } = require('./datamanager');
const { buildReport } = require('./report');
const { startPolicyEventConsumer } = require('./policyEventConsumer');

const logger = pino({ name: 'risk-management-server' });

function loadService() {
  const definition = protoLoader.loadSync(path.join(__dirname, '..', 'proto', 'riskmanagement.proto'), {
    keepCase: false,
    defaults: true,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(definition).bayshore.riskmanagement.RiskManagement;
}

function createServer(dataManager) {
  const server = new grpc.Server();
  server.addService(loadService().service, {
    trigger(call) {
      const policyType = call.request.policyType || undefined;
      const steps = [10, 40, 70, 100];
      let i = 0;
      const timer = setInterval(() => {
        if (call.cancelled) {
          clearInterval(timer);
          return;
        }
        if (i < steps.length) {
          call.write({ progress: steps[i++] });
          return;
        }
        clearInterval(timer);
        call.write({ csvReport: buildReport(dataManager.all(), { policyType }) });
        call.end();
      }, 200);
    },
  });
  return server;
}

function main() {
  const dataManager = new DataManager(config.dataDir, logger);
  const server = createServer(dataManager);
  const address = `${config.grpc.bindAddress}:${config.grpc.port}`;
  server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err) => {
    if (err) {
      logger.fatal({ err: err.message }, 'could not bind');
      process.exit(1);
    }
    logger.info({ address }, 'risk management gRPC server listening');
  });
  startPolicyEventConsumer(config, dataManager, logger);

  process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
}

if (require.main === module) {
  main();
}

module.exports = { createServer, loadService };
