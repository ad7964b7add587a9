#!/bin/ash
# Copyright (c) Devicemill
# SPDX-License-Identifier: Apache-2.0

envsubst '
    ${DM_AUTH_HTTP_PORT}
    ${DM_USERS_HTTP_PORT}
    ${DM_THINGS_HTTP_PORT}
    ${DM_HTTP_ADAPTER_PORT}
    ${DM_WS_ADAPTER_HTTP_PORT}
    ${DM_NGINX_MQTT_PORT}
    ${DM_NGINX_MQTTS_PORT}
    ${DM_MQTT_ADAPTER_MQTT_PORT}' < /etc/nginx/nginx.conf.template > /etc/nginx/nginx.conf

exec nginx -g "daemon off;"
