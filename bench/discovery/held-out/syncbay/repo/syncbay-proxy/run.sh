#!/bin/sh
set -e
if [ -n "$BASIC_AUTH_USERNAME" ]; then
  htpasswd -bc /etc/nginx/.htpasswd "$BASIC_AUTH_USERNAME" "$BASIC_AUTH_PASSWORD"
  export AUTH_BASIC='"syncbay"'
else
  export AUTH_BASIC=off
fi
envsubst '${PROXY_PASS_WEB} ${PROXY_PASS_API} ${CONNECTOR_BUILDER_SERVER_API_URL} ${PROXY_PASS_KEYCLOAK} ${AUTH_BASIC}' \
  < /etc/nginx/templates/nginx.conf.template > /etc/nginx/nginx.conf
exec nginx -g 'daemon off;'
