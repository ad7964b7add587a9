#!/bin/bash

BRANCH=${BRANCH:-master}
SERVICE_FOLDER=planedeck-app
SCRIPT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"
PLANEDECK_INSTALL_DIR=$PWD/$SERVICE_FOLDER
export APP_RELEASE=${APP_RELEASE:-stable}
export DOCKERHUB_USER=deckhq
export PULL_POLICY=${PULL_POLICY:-if_not_present}
DOCKER_FILE_PATH=$PLANEDECK_INSTALL_DIR/docker-compose.yaml
DOCKER_ENV_PATH=$PLANEDECK_INSTALL_DIR/plane.env

function print_header() {
clear
cat <<"EOF2"
---------------------------------------
  planedeck — self-hosted installer
---------------------------------------
Project management for teams that ship.
EOF2
}

function download() {
    mkdir -p "$PLANEDECK_INSTALL_DIR/archive"
    local TS=$(date +%s)
    if [ -f "$DOCKER_FILE_PATH" ]; then
        mv "$DOCKER_FILE_PATH" "$PLANEDECK_INSTALL_DIR/archive/$TS.docker-compose.yaml"
    fi
    curl -fsSL -o "$DOCKER_FILE_PATH" \
        "https://github.com/deckhq/planedeck/releases/download/$APP_RELEASE/docker-compose.yml"
    if [ -f "$DOCKER_ENV_PATH" ]; then
        cp "$DOCKER_ENV_PATH" "$PLANEDECK_INSTALL_DIR/archive/$TS.env"
    else
        curl -fsSL -o "$DOCKER_ENV_PATH" \
            "https://github.com/deckhq/planedeck/releases/download/$APP_RELEASE/variables.env"
    fi
    echo "Downloaded to $PLANEDECK_INSTALL_DIR"
}

function startServices() {
    docker compose -f "$DOCKER_FILE_PATH" --env-file="$DOCKER_ENV_PATH" up -d --pull "$PULL_POLICY" --quiet-pull
    local migrator_container_id=$(docker container ls -aq -f "name=$SERVICE_FOLDER-migrator")
    if [ -n "$migrator_container_id" ]; then
        echo "Waiting for migrator to finish..."
        docker wait "$migrator_container_id" > /dev/null
    fi
    local api_container_id=$(docker container ls -q -f "name=$SERVICE_FOLDER-api")
    echo "Waiting for the api server to be ready..."
    until docker exec "$api_container_id" python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/api/instances/health/')" > /dev/null 2>&1; do
        sleep 2
    done
    echo "planedeck is running at $(grep ^WEB_URL= "$DOCKER_ENV_PATH" | cut -d= -f2)"
}

function stopServices() {
    docker compose -f "$DOCKER_FILE_PATH" --env-file="$DOCKER_ENV_PATH" down
}

print_header
case "$1" in
    install) download ;;
    start) startServices ;;
    stop) stopServices ;;
    restart) stopServices; startServices ;;
    *) echo "Usage: $0 {install|start|stop|restart}" ;;
esac
