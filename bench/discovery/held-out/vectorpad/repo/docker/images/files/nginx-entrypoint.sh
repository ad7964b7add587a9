#!/usr/bin/env bash

#########################################
## App Frontend config
#########################################

update_flags() {
  if [ -n "$VECTORPAD_FLAGS" ]; then
    echo "$(sed \
      -e "s|^var vectorpadFlags = .*;|var vectorpadFlags = \"$VECTORPAD_FLAGS\";|g" \
      "$1")" > "$1"
  fi
}

update_flags /var/www/app/js/config.js

#########################################
## Nginx Config
#########################################

export VECTORPAD_BACKEND_URI=${VECTORPAD_BACKEND_URI:-http://vectorpad-backend:6060}
export VECTORPAD_EXPORTER_URI=${VECTORPAD_EXPORTER_URI:-http://vectorpad-exporter:6061}
export VECTORPAD_HTTP_SERVER_MAX_MULTIPART_BODY_SIZE=${VECTORPAD_HTTP_SERVER_MAX_MULTIPART_BODY_SIZE:-367001600}
export VECTORPAD_INTERNAL_RESOLVER=${VECTORPAD_INTERNAL_RESOLVER:-$(awk 'BEGIN{ORS=" "} $1=="nameserver" {print $2}' /etc/resolv.conf)}

envsubst "\$VECTORPAD_BACKEND_URI,\$VECTORPAD_EXPORTER_URI,\$VECTORPAD_HTTP_SERVER_MAX_MULTIPART_BODY_SIZE,\$VECTORPAD_INTERNAL_RESOLVER" \
         < /tmp/nginx.conf.template > /etc/nginx/nginx.conf

exec "$@";
