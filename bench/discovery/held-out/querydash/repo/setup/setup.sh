#!/usr/bin/env bash
# This script sets up a Redash instance on a fresh Ubuntu host (adapted from getredash/setup).
set -eu

REDASH_BASE_PATH=/opt/redash

install_docker() {
    apt-get -qqy update
    DEBIAN_FRONTEND=noninteractive apt-get -qqy install docker.io docker-compose pwgen
}

create_directories() {
    mkdir -p "$REDASH_BASE_PATH"
    mkdir -p "$REDASH_BASE_PATH/postgres-data"
}

create_config() {
    if [[ -e $REDASH_BASE_PATH/env ]]; then
        rm $REDASH_BASE_PATH/env
        touch $REDASH_BASE_PATH/env
    fi

    COOKIE_SECRET=$(pwgen -1s 32)
    SECRET_KEY=$(pwgen -1s 32)
    POSTGRES_PASSWORD=$(pwgen -1s 32)
    REDASH_DATABASE_URL="postgresql://postgres:${POSTGRES_PASSWORD}@postgres/postgres"

    cat <<EOT >>$REDASH_BASE_PATH/env
PYTHONUNBUFFERED=0
REDASH_LOG_LEVEL=INFO
REDASH_REDIS_URL=redis://redis:6379/0
POSTGRES_PASSWORD=$POSTGRES_PASSWORD
REDASH_COOKIE_SECRET=$COOKIE_SECRET
REDASH_SECRET_KEY=$SECRET_KEY
REDASH_DATABASE_URL=$REDASH_DATABASE_URL
REDASH_MAIL_SERVER=${REDASH_MAIL_SERVER:-smtp.example.com}
REDASH_MAIL_PORT=${REDASH_MAIL_PORT:-587}
REDASH_MAIL_USE_TLS=true
REDASH_MAIL_DEFAULT_SENDER=${REDASH_MAIL_DEFAULT_SENDER:-redash@example.com}
EOT
}

setup_compose() {
    cp docker-compose.yml $REDASH_BASE_PATH/docker-compose.yml
    cd $REDASH_BASE_PATH
    echo "export COMPOSE_PROJECT_NAME=redash" >>~/.profile
    echo "export COMPOSE_FILE=/opt/redash/docker-compose.yml" >>~/.profile
    export COMPOSE_PROJECT_NAME=redash
    export COMPOSE_FILE=/opt/redash/docker-compose.yml
    docker-compose run --rm server create_db
    docker-compose up -d
}

install_docker
create_directories
create_config
setup_compose
