#!/bin/bash
# Runs the original boxnet unit tests and tests whether all initializers work.
# Usage:
#   ./test.sh latest
#   ./test.sh v4.0
#   IMAGE='docker.io/boxnetcommunity/boxnet:latest' ./test.sh

# exit when a command exits with an exit code != 0
set -e

# IMAGE is used by `docker-compose.yml` do determine the tag
# of the Docker Image that is to be used
if [ "${1}x" != "x" ]; then
  # Use the command line argument
  export IMAGE="docker.io/boxnetcommunity/boxnet:${1}"
else
  export IMAGE="${IMAGE-docker.io/boxnetcommunity/boxnet:latest}"
fi

# Ensure that an IMAGE is defined
if [ -z "${IMAGE}" ]; then
  echo "⚠️ No image defined"

  if [ -z "${DEBUG}" ]; then
    exit 1
  else
    echo "⚠️ Would 'exit 1' here, but DEBUG is '${DEBUG}'."
  fi
fi

# The docker compose command to use
doco="docker compose --file docker-compose.test.yml --project-name boxnet_docker_test"

test_setup() {
  echo "🏗 Setup up test environment"
  $doco up --detach --quiet-pull --wait --force-recreate --renew-anon-volumes --no-start
  $doco start postgres
  $doco start redis
  $doco start redis-cache
}

test_boxnet_unit_tests() {
  echo "⏱ Running boxnet Unit Tests"
  $doco run --rm boxnet /opt/boxnet/venv/bin/python /opt/boxnet/boxnet/manage.py test
}

test_compose_db_setup() {
  echo "⏱ Running boxnet DB migrations"
  $doco run --rm boxnet /opt/boxnet/venv/bin/python /opt/boxnet/boxnet/manage.py migrate
}

test_cleanup() {
  echo "💣 Cleaning Up"
  $doco down --volumes
}

echo "🐳🐳🐳 Start testing '${IMAGE}'"
trap test_cleanup EXIT ERR
test_setup
test_boxnet_unit_tests
test_compose_db_setup
echo "🐳🐳🐳 Done testing '${IMAGE}'"
