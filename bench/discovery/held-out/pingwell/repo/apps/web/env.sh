#!/bin/sh
# Writes the REACT_APP_* variables of the container into env-config.js so the static bundle
# can read them at runtime (window._env_).
set -e
OUT=/usr/share/nginx/html/env-config.js
echo "window._env_ = {" > "$OUT"
for var in $(env | grep -E '^(REACT_APP_|IS_DOCKER_HOSTED)' | cut -d= -f1); do
  value=$(printenv "$var")
  echo "  $var: \"$value\"," >> "$OUT"
done
echo "};" >> "$OUT"
