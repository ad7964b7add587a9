#!/bin/bash
#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0

DB_HOST=${AIRFLOW_DB_HOST:-${DB_HOST:-mysql}}
DB_PORT=${AIRFLOW_DB_PORT:-${DB_PORT:-3306}}

AIRFLOW_ADMIN_USER=${AIRFLOW_ADMIN_USER:-admin}
AIRFLOW_ADMIN_PASSWORD=${AIRFLOW_ADMIN_PASSWORD:-admin}

DB_USER_VAR=${DB_USER:-airflow_user}
DB_PASSWORD_VAR=${DB_PASSWORD:-airflow_pass}
DB_SCHEME_VAR=${DB_SCHEME:-mysql+pymysql}
DB_PROPERTIES_VAR=${DB_PROPERTIES:-""}
AIRFLOW_DB_VAR=${AIRFLOW_DB:-airflow_db}

if [[ -z "${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN}" ]]; then
  DB_USER=$(python3 -c "import urllib.parse; print(urllib.parse.quote('${DB_USER_VAR}'))")
  DB_PASSWORD=$(python3 -c "import urllib.parse; print(urllib.parse.quote('${DB_PASSWORD_VAR}'))")
  export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN="${DB_SCHEME_VAR}://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${AIRFLOW_DB_VAR}${DB_PROPERTIES_VAR}"
fi

# Wait for the metadata DB before migrating Airflow's own schema
until python3 -c "import socket; socket.create_connection(('${DB_HOST}', ${DB_PORT}), 2)" 2>/dev/null; do
  echo "Waiting for ${DB_HOST}:${DB_PORT}..."
  sleep 2
done

airflow db migrate

airflow users create \
  --username ${AIRFLOW_ADMIN_USER} \
  --firstname Peter \
  --lastname Parker \
  --role Admin \
  --email spiderman@superhero.org \
  --password ${AIRFLOW_ADMIN_PASSWORD}

(sleep 5; airflow db migrate)
# we need to this in case the container is restarted and the scheduler exited without tidying up its lock file
rm -f /opt/airflow/airflow-webserver-monitor.pid
airflow webserver --port 8080 -D &
airflow scheduler
