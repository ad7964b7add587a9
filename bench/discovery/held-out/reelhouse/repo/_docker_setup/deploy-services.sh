#!/usr/bin/env bash
# Deploys (or updates) every Reelhouse service on the swarm.
set -e
source "$(dirname "$0")/env.sh"
eval "$(docker-machine env "$SWARM_MANAGER")"

TAG=${TAG:-latest}
DB_ENV=(-e "DB_SERVERS=$DB_SERVERS" -e "DB_REPLS=$DB_REPLS" -e "DB_USER=$DB_USER" -e "DB_PASS=$DB_PASS")

create_or_update () {
  local name=$1; shift
  if docker service inspect "$name" >/dev/null 2>&1; then
    docker service update --image "$REGISTRY/$name:$TAG" "$name"
  else
    docker service create --name "$name" --network "$NETWORK" --replicas 2 "$@" "$REGISTRY/$name:$TAG"
  fi
}

create_or_update movies-service "${DB_ENV[@]}" -e DB=reel_movies -e PORT=3000
create_or_update cinema-catalog-service "${DB_ENV[@]}" -e DB=reel_cinemas -e PORT=3001
create_or_update payment-service "${DB_ENV[@]}" -e DB=reel_payment -e PORT=3003 \
  --secret reelhouse_stripe_secret -e STRIPE_SECRET_FILE=/run/secrets/reelhouse_stripe_secret
create_or_update notification-service -e PORT=3004 \
  -e SMTP_HOST=smtp.mailgun.org -e SMTP_PORT=587 -e SMS_ENABLED=false \
  --secret reelhouse_smtp_pass -e SMTP_PASS_FILE=/run/secrets/reelhouse_smtp_pass \
  -e SMTP_USER=postmaster@mg.reelhouse.example
create_or_update booking-service "${DB_ENV[@]}" -e DB=reel_booking -e PORT=3002 \
  -e PAYMENT_SERVICE_URL=http://payment-service:3003 \
  -e NOTIFICATION_SERVICE_URL=http://notification-service:3004

create_or_update api-gateway --publish 8080:8080 -e PORT=8080 -e USE_TLS=true \
  -e ROUTE_DISCOVERY=static \
  -e MOVIES_SERVICE_URL=http://movies-service:3000 \
  -e CINEMA_CATALOG_SERVICE_URL=http://cinema-catalog-service:3001 \
  -e BOOKING_SERVICE_URL=http://booking-service:3002 \
  --secret source=reelhouse_gateway_key,target=server.key \
  --secret source=reelhouse_gateway_crt,target=server.crt \
  -e SSL_KEY_PATH=/run/secrets/server.key -e SSL_CERT_PATH=/run/secrets/server.crt

docker service ls
