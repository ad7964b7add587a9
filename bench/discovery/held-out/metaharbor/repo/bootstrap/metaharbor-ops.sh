#!/usr/bin/env bash
#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
#
# Entry point for operational commands of the server distribution:
#   migrate, repair, reindex, deploy-pipelines, drop-create, changelog, check-connection

SCRIPT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" >/dev/null 2>&1 && pwd )"
MH_HOME="$(dirname "$SCRIPT_DIR")"
CONFIG_FILE_PATH="${MH_HOME}/conf/metaharbor.yaml"
LIBS_DIR="${MH_HOME}/libs/"

CLASSPATH=""
for file in "$LIBS_DIR"*.jar; do
  CLASSPATH="$CLASSPATH":"$file"
done

if [ -z "$JAVA_HOME" ]; then
  JAVA="java"
else
  JAVA="$JAVA_HOME/bin/java"
fi

if [ -z "$METAHARBOR_HEAP_OPTS" ]; then
  METAHARBOR_HEAP_OPTS="-Xmx1G -Xms1G"
fi

TABLE_INITIALIZER_MAIN_CLASS=org.metaharbor.service.util.MetaharborOperations

execute() {
  ${JAVA} ${METAHARBOR_HEAP_OPTS} -Dbootstrap.dir="$SCRIPT_DIR" -cp "${CLASSPATH}" \
    "${TABLE_INITIALIZER_MAIN_CLASS}" -c "$CONFIG_FILE_PATH" "$@"
}

execute "$@"
