#!/bin/sh
# Rewrite constants.json so the browser reaches the management API at MGMT_API_URL
if [ -n "$MGMT_API_URL" ]; then
  sed -i "s|\"baseURL\": \".*\"|\"baseURL\": \"${MGMT_API_URL}\"|" /usr/share/nginx/html/constants.json
fi
exec nginx -g 'daemon off;'
