#!/usr/bin/env bash
set -e

stacks_path=/widgetry-stacks
ENV_PATH="$stacks_path/configuration/docker.env"
export SUPERVISORD_CONF_TARGET="$TMP/supervisor-conf.d/"
mkdir -p "$SUPERVISORD_CONF_TARGET" "$TMP"

init_env_file() {
  if [[ ! -f "$ENV_PATH" ]]; then
    echo "Generating default configuration file at $ENV_PATH"
    mkdir -p "$stacks_path/configuration"
    local default_password default_salt
    default_password=$(tr -dc A-Za-z0-9 </dev/urandom | head -c 13)
    default_salt=$(tr -dc A-Za-z0-9 </dev/urandom | head -c 13)
    bash /opt/widgetry/templates/docker.env.sh "$default_password" "$default_salt" > "$ENV_PATH"
  fi
  set -a
  # shellcheck disable=SC1090
  source "$ENV_PATH"
  set +a
}

is_local_uri() {
  [[ "$1" == *"localhost"* || "$1" == *"127.0.0.1"* ]]
}

init_mongodb() {
  if is_local_uri "$WIDGETRY_MONGODB_URI"; then
    echo "Using embedded MongoDB"
    mkdir -p "$stacks_path/data/mongodb"
    cp /opt/widgetry/templates/supervisord/mongodb.conf "$SUPERVISORD_CONF_TARGET"
    mongod --fork --port 27017 --dbpath "$stacks_path/data/mongodb" --logpath "$TMP/mongod-init.log" --replSet rs0 --bind_ip localhost
    mongosh --quiet --eval 'try { rs.status() } catch (e) { rs.initiate({_id: "rs0", members: [{_id: 0, host: "localhost:27017"}]}) }'
    mongod --dbpath "$stacks_path/data/mongodb" --shutdown || true
  else
    echo "Using external MongoDB; embedded mongod will not be started"
  fi
}

init_redis() {
  if is_local_uri "$WIDGETRY_REDIS_URL"; then
    echo "Using embedded Redis"
    cp /opt/widgetry/templates/supervisord/redis.conf "$SUPERVISORD_CONF_TARGET"
  else
    echo "Using external Redis; embedded redis-server will not be started"
  fi
}

inject_client_config() {
  local index=/opt/widgetry/editor/index.html
  for var in WIDGETRY_SENTRY_DSN WIDGETRY_SENTRY_ENVIRONMENT WIDGETRY_SEGMENT_KEY \
             WIDGETRY_GOOGLE_MAPS_API_KEY WIDGETRY_RECAPTCHA_SITE_KEY WIDGETRY_DISABLE_TELEMETRY; do
    sed -i "s|__${var}__|${!var:-__${var}__}|g" "$index"
  done
}

init_env_file
init_mongodb
init_redis
inject_client_config

cp /opt/widgetry/templates/supervisord/application_process/*.conf "$SUPERVISORD_CONF_TARGET"
node /opt/widgetry/caddy-reconfigure.mjs

mkdir -p "$stacks_path/logs/backend" "$stacks_path/logs/rts" "$stacks_path/logs/editor"
exec /usr/bin/supervisord -n -c /etc/supervisor/supervisord.conf
