#!/usr/bin/env bash
set -e
IMAGE=$1
VERSION=$(node -e "console.log(require('./package.json').version)")
docker build -t "$IMAGE" -t "$IMAGE:v$VERSION" .
