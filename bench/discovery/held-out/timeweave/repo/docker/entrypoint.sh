#!/bin/bash
set -eu -o pipefail

: "${BIND_ON_IP:=$(getent hosts "$(hostname)" | awk '{print $1;}')}"
export BIND_ON_IP

if [[ "${BIND_ON_IP}" =~ ":" ]]; then
    # ipv6
    export TIMEWEAVE_CLI_ADDRESS="[${BIND_ON_IP}]:7233"
else
    export TIMEWEAVE_CLI_ADDRESS="${BIND_ON_IP}:7233"
fi

# auto-setup image: create schemas and namespace first, then start all services.
if [[ "${1:-}" == "autosetup" ]]; then
    /etc/timeweave/auto-setup.sh
fi

dockerize -template /etc/timeweave/config/config_template.yaml:/etc/timeweave/config/docker.yaml

# Convert colon-separated SERVICES to --service flags
flags=()
for s in $(echo "${SERVICES}" | tr ':' ' '); do
    flags+=("--service=$s")
done

exec timeweave-server --env docker start "${flags[@]}"
