#!/usr/bin/env bash
set -eE

# Pre-pre-flight? 🤷
if [[ -n "$MSYSTEM" ]]; then
  echo "Seems like you are using an MSYS2-based system (such as Git Bash) which is not supported. Please use WSL instead."
  exit 1
fi

source install/_lib.sh

echo "Creating volumes for persistent storage ..."
for vol in tremor-clickhouse tremor-data tremor-kafka tremor-postgres tremor-redis tremor-glyphd; do
  echo "Created $(docker volume create --name=$vol)."
done

echo "Ensuring files from examples ..."
ensure_file_from_example "$TREMOR_CONFIG_PY"
ensure_file_from_example "$TREMOR_CONFIG_YML"
ensure_file_from_example '../glyphd/config.yml'
ensure_file_from_example '../conduit/config.yml'

if grep -xq "system.secret-key: '!!changeme!!'" $TREMOR_CONFIG_YML; then
  SECRET_KEY=$(export LC_ALL=C; head /dev/urandom | tr -dc "a-z0-9@#%^&*(-_=+)" | head -c 50 | sed -e 's/[\/&]/\\&/g')
  sed -i -e 's/^system.secret-key:.*$/system.secret-key: '"'$SECRET_KEY'"'/' $TREMOR_CONFIG_YML
fi

source install/geoip.sh
source install/bootstrap-strata.sh
source install/create-kafka-topics.sh
source install/set-up-and-migrate-database.sh

echo ""
echo "You're all done! Run the following command to get faultline running:"
echo ""
echo "  $dc_base up -d"
