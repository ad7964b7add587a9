#!/bin/sh
# Writes the runtime configuration the browser reads. The URLs must be reachable from the user's browser,
# not from inside the compose network.
cat > /usr/share/nginx/html/env.js <<EOT
window.__ENV__ = {
  CUSTOMER_MANAGEMENT_BACKEND_URL: "${CUSTOMER_MANAGEMENT_BACKEND_URL:-http://localhost:8100}",
  CHAT_WS_URL: "${CHAT_WS_URL:-http://localhost:8100/ws}"
};
EOT
