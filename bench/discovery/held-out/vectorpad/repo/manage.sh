#!/usr/bin/env bash

export ORGANIZATION="vectorpadapp";
export DEVENV_IMGNAME="$ORGANIZATION/devenv";
export DEVENV_PNAME="vectorpaddev";

export CURRENT_USER_ID=$(id -u);
export CURRENT_VERSION=$(cat ./version.txt);

set -ex

function start-devenv {
    pull-devenv-if-not-exists $@;
    docker compose -p $DEVENV_PNAME -f docker/devenv/docker-compose.yaml up -d;
}

function stop-devenv {
    docker compose -p $DEVENV_PNAME -f docker/devenv/docker-compose.yaml stop -t 2;
}

function drop-devenv {
    docker compose -p $DEVENV_PNAME -f docker/devenv/docker-compose.yaml down -t 2 -v;
}

function pull-devenv-if-not-exists {
    if [[ ! $(docker images $DEVENV_IMGNAME -q) ]]; then
        docker pull $DEVENV_IMGNAME:latest;
    fi
}

function run-devenv {
    start-devenv
    docker exec -ti vectorpad-devenv-main sudo -EH -u vectorpad /home/start-tmux.sh
}

function build-backend-bundle {
    pushd backend; ./scripts/build $CURRENT_VERSION; popd
}

function build-frontend-bundle {
    pushd frontend; ./scripts/build $CURRENT_VERSION; popd
}

function build-exporter-bundle {
    pushd exporter; ./scripts/build $CURRENT_VERSION; popd
}

function build-docker-images {
    pushd docker/images; ./build.sh; popd
}

case $1 in
    start-devenv) start-devenv ${@:2} ;;
    run-devenv) run-devenv ${@:2} ;;
    stop-devenv) stop-devenv ${@:2} ;;
    drop-devenv) drop-devenv ${@:2} ;;
    build-backend-bundle) build-backend-bundle ;;
    build-frontend-bundle) build-frontend-bundle ;;
    build-exporter-bundle) build-exporter-bundle ;;
    build-docker-images) build-docker-images ;;
    *) echo "Unknown command: $1"; exit 1 ;;
esac
