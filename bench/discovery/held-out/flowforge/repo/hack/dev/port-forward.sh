#!/usr/bin/env bash
set -eu -o pipefail

pf() {
  local name=$1 resource=$2 port=$3
  pid=$(lsof -i ":$port" | grep -v PID | awk '{print $2}' || true)
  if [ "$pid" != "" ]; then kill "$pid"; fi
  kubectl -n flowforge port-forward "$resource" "$port:$port" > /dev/null &
  echo "port-forward $name on localhost:$port"
}

pf MinIO deploy/minio 9000
pf "MinIO console" deploy/minio 9001
pf Postgres svc/postgres 5432
pf Dex svc/dex 5556
