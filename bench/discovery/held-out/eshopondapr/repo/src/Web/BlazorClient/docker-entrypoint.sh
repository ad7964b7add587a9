#!/bin/sh
# Rewrites the client settings served to the browser from container environment
# variables, so the same image works on any host name.
set -e
cat > /usr/share/nginx/html/appsettings.json <<JSON
{
  "ApiGatewayUrlExternal": "${ApiGatewayUrlExternal:-http://localhost:5202}",
  "IdentityUrlExternal": "${IdentityUrlExternal:-http://localhost:5105}"
}
JSON
