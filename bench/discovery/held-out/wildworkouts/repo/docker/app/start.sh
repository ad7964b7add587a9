#!/bin/bash
set -e

# Rebuilds and restarts the service on every change of .go files or go.mod.
# The same image runs every service; SERVER_TO_RUN (http|grpc) decides which server main() starts.
if [ -n "$DEBUG" ]; then
    echo "starting ${SERVER_TO_RUN} server in $(pwd)"
fi

exec reflex -r '(\.go$|go\.mod)' -s go run .
