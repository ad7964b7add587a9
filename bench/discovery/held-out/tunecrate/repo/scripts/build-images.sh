#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
TAG=${TAG:-latest}
docker build -f src/TuneCrateService/Dockerfile -t tunecrate/tunecrateservice:${TAG} .
docker build -f src/ShoppingCartService/Dockerfile -t tunecrate/shoppingcartservice:${TAG} .
docker build -f src/OrderService/Dockerfile -t tunecrate/orderservice:${TAG} .
docker build -f src/TuneCrate/Dockerfile -t tunecrate/tunecrate:${TAG} .
