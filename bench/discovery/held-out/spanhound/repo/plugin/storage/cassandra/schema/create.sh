#!/usr/bin/env bash
#
# Creates the Spanhound keyspace and tables in Cassandra.
#
# Used directly:   MODE=test ./create.sh | cqlsh cassandra
# Used in docker:  the spanhound-cassandra-schema image runs this against $CQLSH_HOST
#
set -euo pipefail

function usage {
    >&2 echo "Error: $1"
    >&2 echo ""
    >&2 echo "Usage: MODE=(prod|test) [PARAM=value ...] $0 [template-file] | cqlsh"
    >&2 echo ""
    >&2 echo "The following parameters can be set via environment:"
    >&2 echo "  MODE               - prod or test. Test keyspace is usable on a single node cluster (no replication)"
    >&2 echo "  DATACENTER         - datacenter name for network topology used in prod (optional in MODE=test)"
    >&2 echo "  TRACE_TTL          - time to live for trace data, in seconds (default: 172800, 2 days)"
    >&2 echo "  DEPENDENCIES_TTL   - time to live for dependencies data, in seconds (default: 0, no TTL)"
    >&2 echo "  KEYSPACE           - keyspace (default: spanhound_v1_{datacenter})"
    >&2 echo "  REPLICATION_FACTOR - replication factor for prod (default: 2)"
    exit 1
}

trace_ttl=${TRACE_TTL:-172800}
dependencies_ttl=${DEPENDENCIES_TTL:-0}
cas_version=${CASSANDRA_VERSION:-4}
template=${1:-}
cqlsh_host=${CQLSH_HOST:-}
cqlsh_port=${CQLSH_PORT:-9042}

if [[ "$template" == "" ]]; then
    template=$(dirname "$0")/v004.cql.tmpl
fi

if [[ "$MODE" == "" ]]; then
    usage "missing MODE parameter"
elif [[ "$MODE" == "prod" ]]; then
    if [[ "$DATACENTER" == "" ]]; then usage "missing DATACENTER parameter for prod mode"; fi
    datacenter=$DATACENTER
    replication_factor=${REPLICATION_FACTOR:-2}
    replication="{'class': 'NetworkTopologyStrategy', '$datacenter': '${replication_factor}' }"
elif [[ "$MODE" == "test" ]]; then
    datacenter=${DATACENTER:-'test'}
    replication_factor=${REPLICATION_FACTOR:-1}
    replication="{'class': 'SimpleStrategy', 'replication_factor': '${replication_factor}'}"
else
    usage "invalid MODE=$MODE, expecting 'prod' or 'test'"
fi

keyspace=${KEYSPACE:-"spanhound_v1_${datacenter}"}

if [[ $keyspace =~ [^a-zA-Z0-9_] ]]; then
    usage "invalid characters in KEYSPACE=$keyspace parameter, please use letters, digits or underscores"
fi

render() {
    sed \
        -e "s/\${keyspace}/${keyspace}/g" \
        -e "s/\${replication}/${replication}/g" \
        -e "s/\${trace_ttl}/${trace_ttl}/g" \
        -e "s/\${dependencies_ttl}/${dependencies_ttl}/g" \
        "$template"
}

if [[ -z "$cqlsh_host" ]]; then
    # print to stdout, caller pipes to cqlsh
    render
    exit 0
fi

>&2 echo "Waiting for Cassandra at ${cqlsh_host}:${cqlsh_port} (cassandra version ${cas_version})"
until cqlsh "$cqlsh_host" "$cqlsh_port" -e "describe keyspaces" > /dev/null 2>&1; do
    >&2 echo "Cassandra is unavailable - sleeping"
    sleep 2
done

>&2 echo "Creating keyspace ${keyspace} (replication ${replication})"
render | cqlsh "$cqlsh_host" "$cqlsh_port"
>&2 echo "Schema applied"
