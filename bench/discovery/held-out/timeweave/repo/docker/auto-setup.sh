#!/bin/bash
set -eu -o pipefail

# === Auto setup defaults ===
: "${DB:=cassandra}"
: "${SKIP_SCHEMA_SETUP:=false}"
: "${DBNAME:=timeweave}"
: "${VISIBILITY_DBNAME:=timeweave_visibility}"
: "${DB_PORT:=}"

: "${CASSANDRA_SEEDS:=}"
: "${KEYSPACE:=timeweave}"
: "${CASSANDRA_REPLICATION_FACTOR:=1}"

: "${POSTGRES_SEEDS:=}"
: "${POSTGRES_USER:=}"
: "${POSTGRES_PWD:=}"

: "${ENABLE_ES:=false}"
: "${ES_SCHEME:=http}"
: "${ES_SEEDS:=}"
: "${ES_PORT:=9200}"
: "${ES_VERSION:=v7}"
: "${ES_VIS_INDEX:=timeweave_visibility_v1_dev}"

: "${DEFAULT_NAMESPACE_CREATION:=true}"
: "${DEFAULT_NAMESPACE:=default}"

wait_for_cassandra() {
    until cqlsh --cqlversion=3.4.6 "${CASSANDRA_SEEDS%%,*}" < /dev/null; do
        echo 'Waiting for Cassandra to start up.'
        sleep 1
    done
}

wait_for_postgres() {
    until nc -z "${POSTGRES_SEEDS%%,*}" "${DB_PORT:-5432}"; do
        echo 'Waiting for PostgreSQL to startup.'
        sleep 1
    done
}

wait_for_es() {
    until curl --silent --fail "${ES_SCHEME}://${ES_SEEDS%%,*}:${ES_PORT}" >& /dev/null; do
        echo 'Waiting for Elasticsearch to start up.'
        sleep 1
    done
}

setup_cassandra_schema() {
    SCHEMA_DIR=/etc/timeweave/schema/cassandra/timeweave/versioned
    timeweave-cassandra-tool --ep "${CASSANDRA_SEEDS}" create -k "${KEYSPACE}" --rf "${CASSANDRA_REPLICATION_FACTOR}"
    timeweave-cassandra-tool --ep "${CASSANDRA_SEEDS}" -k "${KEYSPACE}" setup-schema -v 0.0
    timeweave-cassandra-tool --ep "${CASSANDRA_SEEDS}" -k "${KEYSPACE}" update-schema -d "${SCHEMA_DIR}"
}

setup_postgres_schema() {
    SCHEMA_DIR=/etc/timeweave/schema/postgresql/v12/timeweave/versioned
    timeweave-sql-tool --plugin "${DB}" --ep "${POSTGRES_SEEDS}" -u "${POSTGRES_USER}" -p "${DB_PORT:-5432}" --db "${DBNAME}" create
    timeweave-sql-tool --plugin "${DB}" --ep "${POSTGRES_SEEDS}" -u "${POSTGRES_USER}" -p "${DB_PORT:-5432}" --db "${DBNAME}" setup-schema -v 0.0
    timeweave-sql-tool --plugin "${DB}" --ep "${POSTGRES_SEEDS}" -u "${POSTGRES_USER}" -p "${DB_PORT:-5432}" --db "${DBNAME}" update-schema -d "${SCHEMA_DIR}"
    if [[ "${ENABLE_ES}" == false ]]; then
        timeweave-sql-tool --plugin "${DB}" --ep "${POSTGRES_SEEDS}" -u "${POSTGRES_USER}" -p "${DB_PORT:-5432}" --db "${VISIBILITY_DBNAME}" create
        timeweave-sql-tool --plugin "${DB}" --ep "${POSTGRES_SEEDS}" -u "${POSTGRES_USER}" -p "${DB_PORT:-5432}" --db "${VISIBILITY_DBNAME}" setup-schema -v 0.0
    fi
}

setup_es_index() {
    ES_SERVER="${ES_SCHEME}://${ES_SEEDS%%,*}:${ES_PORT}"
    SETTINGS_URL="${ES_SERVER}/_cluster/settings"
    SETTINGS_FILE=/etc/timeweave/schema/elasticsearch/visibility/cluster_settings_${ES_VERSION}.json
    TEMPLATE_URL="${ES_SERVER}/_template/timeweave_visibility_v1_template"
    SCHEMA_FILE=/etc/timeweave/schema/elasticsearch/visibility/index_template_${ES_VERSION}.json
    INDEX_URL="${ES_SERVER}/${ES_VIS_INDEX}"
    curl --fail --user "${ES_USER:-}":"${ES_PWD:-}" -X PUT "${SETTINGS_URL}" -H "Content-Type: application/json" --data-binary "@${SETTINGS_FILE}" --write-out "\n"
    curl --fail --user "${ES_USER:-}":"${ES_PWD:-}" -X PUT "${TEMPLATE_URL}" -H 'Content-Type: application/json' --data-binary "@${SCHEMA_FILE}" --write-out "\n"
    curl --user "${ES_USER:-}":"${ES_PWD:-}" -X PUT "${INDEX_URL}" --write-out "\n"
}

register_default_namespace() {
    echo "Registering default namespace: ${DEFAULT_NAMESPACE}."
    until twctl --address "${TIMEWEAVE_CLI_ADDRESS}" namespace describe -n "${DEFAULT_NAMESPACE}"; do
        twctl --address "${TIMEWEAVE_CLI_ADDRESS}" namespace register -n "${DEFAULT_NAMESPACE}" --retention 1d || sleep 1
    done
}

if [[ "${SKIP_SCHEMA_SETUP}" != true ]]; then
    case "${DB}" in
        cassandra) wait_for_cassandra; setup_cassandra_schema ;;
        postgres12|postgres12_pgx) wait_for_postgres; setup_postgres_schema ;;
        *) echo "Unsupported DB type: ${DB}."; exit 1 ;;
    esac
    if [[ "${ENABLE_ES}" == true ]]; then
        wait_for_es
        setup_es_index
    fi
fi

if [[ "${DEFAULT_NAMESPACE_CREATION}" == true ]]; then
    register_default_namespace &
fi
