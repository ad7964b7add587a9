#!/bin/bash
set -e
DIR="$(cd "$(dirname "$0")" && pwd)"
source $DIR/common.sh 2>/dev/null || true

with_trivy=$false
while [ $# -gt 0 ]; do
    case $1 in
    --help)
        echo "usage: install.sh [--with-trivy]"; exit 0;;
    --with-trivy)
        with_trivy=true;;
    --with-notary|--with-chartmuseum)
        echo "ERROR: $1 has been removed, see docs/architecture.md"; exit 1;;
    *)
        echo "unknown option $1"; exit 1;;
    esac
    shift || true
done

echo "[Step 1]: checking docker compose ..."
docker compose version

echo "[Step 2]: loading images ..."
if [ -f berthdock*.tar.gz ]; then docker load -i ./berthdock*.tar.gz; fi

echo "[Step 3]: preparing environment ..."
prepare_para=
if [ $with_trivy ]; then
    prepare_para="${prepare_para} --with-trivy"
fi
./prepare $prepare_para

echo "[Step 4]: starting Berthdock ..."
if [ -n "$(docker compose ps -q)" ]; then
    docker compose down -v
fi
docker compose up -d

echo "----Berthdock has been installed and started successfully.----"
