#!/usr/bin/env bash
# Boots mongodb-1..3 as swarm services pinned to one node each and initiates rs0.
set -e
source "$(dirname "$0")/../env.sh"
eval "$(docker-machine env "$SWARM_MANAGER")"

KEYDIR="$(dirname "$0")/keyfile"
mkdir -p "$KEYDIR"
[ -f "$KEYDIR/mongo-keyfile" ] || openssl rand -base64 741 > "$KEYDIR/mongo-keyfile"
chmod 600 "$KEYDIR/mongo-keyfile"
docker secret create reelhouse_mongo_keyfile "$KEYDIR/mongo-keyfile" 2>/dev/null || true

i=1
for node in $SWARM_MANAGER $SWARM_WORKERS; do
  docker service create --name "mongodb-$i" \
    --network "$NETWORK" \
    --constraint "node.hostname==$node" \
    --secret source=reelhouse_mongo_keyfile,target=mongo-keyfile,mode=0400 \
    --mount type=volume,source=mongo$i-data,target=/data/db \
    mongo:4.4 mongod --replSet "$DB_REPLS" --bind_ip_all --keyFile /run/secrets/mongo-keyfile
  i=$((i+1))
done

sleep 15

docker run --rm --network "$NETWORK" mongo:4.4 mongo --host mongodb-1 --eval "
rs.initiate({
  _id: '$DB_REPLS',
  members: [
    { _id: 0, host: 'mongodb-1:27017', priority: 2 },
    { _id: 1, host: 'mongodb-2:27017' },
    { _id: 2, host: 'mongodb-3:27017' }
  ]
})"

sleep 10
docker run --rm --network "$NETWORK" -v "$(cd "$(dirname "$0")" && pwd)":/scripts \
  -e DB_USER="$DB_USER" -e DB_PASS="$DB_PASS" \
  mongo:4.4 mongo --host "$DB_REPLS/mongodb-1:27017" /scripts/create-users.js
