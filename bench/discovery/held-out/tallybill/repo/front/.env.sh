#!/bin/sh
# Injects runtime env into the static bundle (API_URL, APP_ENV, ...)
cat > /usr/share/nginx/html/env-config.js <<EOC
window.API_URL = "${API_URL}";
window.APP_ENV = "${APP_ENV}";
window.TALLYBILL_DISABLE_SIGNUP = "${TALLYBILL_DISABLE_SIGNUP}";
window.SENTRY_DSN = "${SENTRY_DSN}";
EOC
