#!/bin/sh
# Renders conf.json from the container environment (SPRINTLOOM_URL etc. come from docker-compose.yml)
set -e

IMPORTERS="[]"
list=""
[ "${ENABLE_GITHUB_IMPORTER}" = "true" ] && list="${list}\"github\","
[ "${ENABLE_JIRA_IMPORTER}" = "true" ] && list="${list}\"jira\","
[ "${ENABLE_TRELLO_IMPORTER}" = "true" ] && list="${list}\"trello\","
[ -n "${list}" ] && IMPORTERS="[${list%,}]"
export IMPORTERS
export PUBLIC_REGISTER_ENABLED="${PUBLIC_REGISTER_ENABLED:-false}"

envsubst < /usr/share/nginx/html/conf.json.template > /usr/share/nginx/html/conf.json
