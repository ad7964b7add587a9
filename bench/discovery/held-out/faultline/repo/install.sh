#!/usr/bin/env bash
set -eE

# Pre-pre-flight? 🤷
if [[ -n "$MSYSTEM" ]]; then
  echo "Seems like you are using an MSYS2-based system (such as Git Bash) which is not supported. Please use WSL instead."
  exit 1
fi

source install/_lib.sh

# Pre-flight. No impact yet.
source install/check-minimum-requirements.sh

# Let's go! Start impacting things.
source install/create-docker-volumes.sh
source install/ensure-files-from-examples.sh
source install/geoip.sh
source install/generate-secret-key.sh
source install/bootstrap-strata.sh
source install/create-kafka-topics.sh
source install/set-up-and-migrate-database.sh
source install/wrap-up.sh
