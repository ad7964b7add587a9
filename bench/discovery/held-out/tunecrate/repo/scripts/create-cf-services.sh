#!/usr/bin/env bash
# Creates the Cloud Foundry service instances the TuneCrate apps bind to (see each manifest.yml).
set -euo pipefail

CONFIG_REPO=${CONFIG_REPO:-https://github.com/tunecrate/tunecrate-config}

cf create-service p-config-server standard tcConfigServer -c "{\"git\": {\"uri\": \"${CONFIG_REPO}\", \"searchPaths\": \"config-repo\"}}"
cf create-service p-service-registry standard tcServiceRegistry
cf create-service p-circuit-breaker-dashboard standard tcHystrixDashboard

cf create-service p-mysql 100mb tcMySqlStore
cf create-service p-mysql 100mb tcMySqlOrders
cf create-service p-mysql 100mb tcMySqlCart
cf create-service p-mysql 100mb tcMySqlAccounts

cf create-service p-redis shared-vm tcRedis
cf create-service p-rabbitmq standard tcRabbit

echo "Waiting for config server and service registry to finish provisioning..."
until cf service tcConfigServer | grep -q "create succeeded"; do sleep 5; done
until cf service tcServiceRegistry | grep -q "create succeeded"; do sleep 5; done
