#!/bin/bash

set -eu

if [ ! -f "./client/dist/en-US/index.html" ]; then
  if [ -z ${1+x} ] || [ "$1" != "--skip-client" ]; then
    echo "client/dist/en-US/index.html does not exist, compile client files..."
    npm run build:client
  fi
fi

# Copy locales
mkdir -p "./client/dist"
rm -rf "./client/dist/locale"
cp -r "./client/src/locale" "./client/dist/locale"

mkdir -p "./server/dist/core/lib"

# Expect a local postgres (peertube_dev) and redis on localhost
NODE_ENV=dev npm run build:server -- --watch &
NODE_ENV=dev NODE_CONFIG_DIR=./config node ./dist/server
