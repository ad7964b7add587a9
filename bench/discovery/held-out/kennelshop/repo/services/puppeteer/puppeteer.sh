#!/bin/bash
# Loops forever, running one browser session against the storefront at a time.
while true; do
  node puppeteer.js || echo "session failed, retrying"
  sleep $((RANDOM % 10 + 5))
done
