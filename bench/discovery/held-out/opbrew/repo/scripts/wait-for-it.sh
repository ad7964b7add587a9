#!/usr/bin/env bash
# wait-for-it.sh host:port [-t timeout] -- command args
HOSTPORT=$1; shift
HOST=${HOSTPORT%%:*}; PORT=${HOSTPORT##*:}
TIMEOUT=60
for i in $(seq 1 "$TIMEOUT"); do
  (echo > /dev/tcp/"$HOST"/"$PORT") >/dev/null 2>&1 && break
  sleep 1
done
[ "$1" == "--" ] && shift
exec "$@"
