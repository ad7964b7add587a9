#!/bin/bash
set -e

SYS_CONFIG_DIR=/etc/lineagehub/actions/system/conf
CONFIG_DIR=/etc/lineagehub/actions/conf

touch /tmp/lineagehub/logs/actions/actions.out 2>/dev/null || mkdir -p /tmp/lineagehub/logs/actions

configs=""
for f in $SYS_CONFIG_DIR/*.yaml; do
  configs="$configs -c $f"
done

if [[ "${LINEAGEHUB_ACTIONS_SLACK_ENABLED:-false}" == "true" ]]; then
  for f in $CONFIG_DIR/*.yaml; do
    configs="$configs -c $f"
  done
fi

exec lineagehub-actions actions $configs
