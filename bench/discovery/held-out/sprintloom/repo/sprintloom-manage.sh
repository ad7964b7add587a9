#!/usr/bin/env sh
# Runs a Django management command in a throwaway container, e.g.
#   ./sprintloom-manage.sh migrate
#   ./sprintloom-manage.sh createsuperuser
set -x
exec docker compose -f docker-compose.yml -f docker-compose-inits.yml run --rm sprintloom-manage $@
