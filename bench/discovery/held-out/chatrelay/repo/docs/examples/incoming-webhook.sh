#!/bin/sh
# Example: post to an incoming webhook integration on a local dev server.
curl -X POST -H 'Content-Type: application/json' \
  --data '{"text":"Deploy finished :rocket:"}' \
  http://localhost:3000/hooks/abc123/xyz789
