#!/usr/bin/env bash

BASE_DIR=/usr/share/nginx/html

if [ -n "$1" ]
then
    exec "$@"
fi

# defaults for the upstream services, override in the deployment if they live elsewhere
: "${CATALOGUE_HOST:=catalogue}"
: "${USER_HOST:=user}"
: "${CART_HOST:=cart}"
: "${SHIPPING_HOST:=shipping}"
: "${PAYMENT_HOST:=payment}"
: "${RATINGS_HOST:=ratings}"
export CATALOGUE_HOST USER_HOST CART_HOST SHIPPING_HOST PAYMENT_HOST RATINGS_HOST

if [ -n "$INSTANA_EUM_KEY" -a -n "$INSTANA_EUM_REPORTING_URL" ]
then
    echo "Enabling Instana EUM"
    # use | instead of / as command delimiter to avoid eacaping the url
    sed -e "s|INSTANA_EUM_KEY|$INSTANA_EUM_KEY|" \
        -e "s|INSTANA_EUM_REPORTING_URL|$INSTANA_EUM_REPORTING_URL|" \
        $BASE_DIR/eum-tmpl.html > $BASE_DIR/eum.html
else
    echo "EUM not enabled"
    cp $BASE_DIR/empty.html $BASE_DIR/eum.html
fi

# make sure nginx can access the eum file
chmod 644 $BASE_DIR/eum.html

# apply environment variables to default.conf
envsubst '${CATALOGUE_HOST} ${USER_HOST} ${CART_HOST} ${SHIPPING_HOST} ${PAYMENT_HOST} ${RATINGS_HOST}' \
    < /etc/nginx/conf.d/default.conf.template > /etc/nginx/conf.d/default.conf

if [ -f /tmp/ngx_http_opentracing_module.so -a -f /tmp/libinstana_sensor.so ]
then
    echo "Patching for Instana tracing"
    sed -i '1 i\load_module modules/ngx_http_opentracing_module.so;' /etc/nginx/nginx.conf
    sed -i '/^http {/a \    opentracing_load_tracer /usr/local/lib/libinstana_sensor.so /etc/instana-config.json;\n    opentracing on;' /etc/nginx/nginx.conf
else
    echo "Tracing not enabled"
fi

exec nginx-debug -g "daemon off;"
