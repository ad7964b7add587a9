#!/bin/bash
set -e

: ${LINEAGEHUB_ANALYTICS_ENABLED:=true}
: ${USE_AWS_ELASTICSEARCH:=false}
: ${ELASTICSEARCH_INSECURE:=false}
: ${INDEX_PREFIX:=}

if [[ -n "$INDEX_PREFIX" ]]; then
  PREFIX="${INDEX_PREFIX}_"
fi

if [[ $ELASTICSEARCH_USE_SSL == true ]]; then
  ELASTICSEARCH_PROTOCOL=https
else
  ELASTICSEARCH_PROTOCOL=http
fi
ELASTICSEARCH_URL="$ELASTICSEARCH_PROTOCOL://$ELASTICSEARCH_HOST:$ELASTICSEARCH_PORT"

if [[ -n $ELASTICSEARCH_USERNAME ]]; then
  ELASTICSEARCH_CURL_AUTH="--user $ELASTICSEARCH_USERNAME:$ELASTICSEARCH_PASSWORD"
fi

function curl_es() {
  curl -sS $ELASTICSEARCH_CURL_AUTH -H 'Content-Type: application/json' "$@"
}

function create_lineagehub_usage_event_lifecycle_policy() {
  echo -e "\ncreating policy ${PREFIX}lineagehub_usage_event_policy"
  curl_es -XPUT "$ELASTICSEARCH_URL/_ilm/policy/${PREFIX}lineagehub_usage_event_policy" \
    --data @/index/usage-event/policy.json
}

function create_lineagehub_usage_event_template() {
  echo -e "\ncreating index template ${PREFIX}lineagehub_usage_event_index_template"
  curl_es -XPUT "$ELASTICSEARCH_URL/_index_template/${PREFIX}lineagehub_usage_event_index_template" \
    --data @/index/usage-event/index_template.json
}

function create_lineagehub_usage_event_datastream() {
  if [[ $(curl -o /dev/null -s -w "%{http_code}" $ELASTICSEARCH_CURL_AUTH "$ELASTICSEARCH_URL/_data_stream/${PREFIX}lineagehub_usage_event") -eq 404 ]]; then
    echo -e "\ncreating datastream ${PREFIX}lineagehub_usage_event"
    curl_es -XPUT "$ELASTICSEARCH_URL/_data_stream/${PREFIX}lineagehub_usage_event"
  fi
}

if [[ $LINEAGEHUB_ANALYTICS_ENABLED == true ]]; then
  if [[ $USE_AWS_ELASTICSEARCH == false ]]; then
    create_lineagehub_usage_event_lifecycle_policy
    create_lineagehub_usage_event_template
    create_lineagehub_usage_event_datastream
  else
    echo "AWS OpenSearch detected: using rollover index instead of data streams"
  fi
fi
