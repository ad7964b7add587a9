#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const cliProgress = require('cli-progress');
const { Command } = require('commander');
const { serverAddress } = require('./options');

function riskManagementClient(address) {
  const definition = protoLoader.loadSync(path.join(__dirname, 'proto', 'riskmanagement.proto'), {
    defaults: true,
    oneofs: true,
  });
  const { RiskManagement } = grpc.loadPackageDefinition(definition).bayshore.riskmanagement;
  return new RiskManagement(address, grpc.credentials.createInsecure());
}

const program = new Command();
program.name('risk-report').description('Fetch a risk report from the Bayshore risk management server');

program
  .command('run')
  .argument('<outputFile>', 'where to write the CSV report')
  .option('--host <host>', 'risk-management-server host')
  .option('--port <port>', 'risk-management-server port')
  .option('--type <policyType>', 'only policies of this product')
  .action((outputFile, opts) => {
    const address = serverAddress(opts);
    const client = riskManagementClient(address);
    const bar = new cliProgress.SingleBar({ format: 'computing report [{bar}] {percentage}%' });
    bar.start(100, 0);

    const call = client.trigger({ policyType: opts.type || '' }, { deadline: Date.now() + 60_000 });
    call.on('data', (reply) => {
      if (reply.reply === 'progress') {
        bar.update(reply.progress);
      } else {
        fs.writeFileSync(outputFile, reply.csvReport);
      }
    });
    call.on('end', () => {
      bar.stop();
      console.log(`report written to ${outputFile}`);
      client.close();
    });
    call.on('error', (err) => {
      bar.stop();
      console.error(`risk-management-server at ${address} failed: ${err.details || err.message}`);
      process.exitCode = 1;
    });
  });

program.parse();
