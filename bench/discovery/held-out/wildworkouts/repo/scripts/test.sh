#!/bin/bash
set -e

readonly service="$1"
readonly env_file="$2"

cd "./internal/$service"
env $(grep -Ev '^#' "../../$env_file" | xargs) go test -count=1 -p=8 -parallel=8 -race ./...
