#!/bin/bash
: ${PARTITIONS:=1}
: ${REPLICATION_FACTOR:=1}
: ${KAFKA_PROPERTIES_SECURITY_PROTOCOL:=PLAINTEXT}
: ${LINEAGEHUB_ANALYTICS_ENABLED:=true}

CONNECTION_PROPERTIES_PATH=/tmp/connection.properties
echo "bootstrap.servers=$KAFKA_BOOTSTRAP_SERVER" > $CONNECTION_PROPERTIES_PATH
echo "security.protocol=$KAFKA_PROPERTIES_SECURITY_PROTOCOL" >> $CONNECTION_PROPERTIES_PATH

cub kafka-ready -c $CONNECTION_PROPERTIES_PATH -b $KAFKA_BOOTSTRAP_SERVER 1 180

create_topic() {
  kafka-topics.sh --create --if-not-exists \
    --command-config $CONNECTION_PROPERTIES_PATH \
    --bootstrap-server $KAFKA_BOOTSTRAP_SERVER \
    --partitions $PARTITIONS --replication-factor $REPLICATION_FACTOR \
    --topic "$1" ${2:+--config $2}
}

create_topic $METADATA_AUDIT_EVENT_NAME
create_topic $METADATA_CHANGE_EVENT_NAME
create_topic $FAILED_METADATA_CHANGE_EVENT_NAME
create_topic $METADATA_CHANGE_LOG_VERSIONED_TOPIC
create_topic $METADATA_CHANGE_LOG_TIMESERIES_TOPIC "retention.ms=7776000000"
create_topic $METADATA_CHANGE_PROPOSAL_TOPIC
create_topic $FAILED_METADATA_CHANGE_PROPOSAL_TOPIC
create_topic $PLATFORM_EVENT_TOPIC_NAME
create_topic $LINEAGEHUB_UPGRADE_HISTORY_TOPIC_NAME "retention.ms=-1"

if [[ $LINEAGEHUB_ANALYTICS_ENABLED == true ]]; then
  create_topic $LINEAGEHUB_USAGE_EVENT_NAME
fi

if [[ $USE_CONFLUENT_SCHEMA_REGISTRY == "TRUE" ]]; then
  kafka-configs.sh --command-config $CONNECTION_PROPERTIES_PATH --bootstrap-server $KAFKA_BOOTSTRAP_SERVER \
    --entity-type topics --entity-name _schemas --alter --add-config cleanup.policy=compact
fi
