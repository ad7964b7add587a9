#!/bin/bash
# Writes the runtime settings of this container into Tomcat's context.xml, where the services read
# them through JNDI (java:comp/env/...). Then starts Tomcat.
set -e

CONTEXT=/usr/local/tomcat/conf/context.xml

HOST_NAME=${HOST_NAME:-$(hostname)}
if [ "$USE_POD_IP" = "true" ] && [ -n "$POD_IP" ]; then
  HOST_NAME=$POD_IP
fi

sed -i "s/%REGISTRY_HOST%/${REGISTRY_HOST}/g" $CONTEXT
sed -i "s/%REGISTRY_PORT%/${REGISTRY_PORT}/g" $CONTEXT
sed -i "s/%HOST_NAME%/${HOST_NAME}/g" $CONTEXT
sed -i "s/%SERVICE_PORT%/${SERVICE_PORT}/g" $CONTEXT
sed -i "s/%DB_HOST%/${DB_HOST:-localhost}/g" $CONTEXT
sed -i "s/%DB_PORT%/${DB_PORT:-3306}/g" $CONTEXT
sed -i "s/%RECOMMENDER_ALGORITHM%/${RECOMMENDER_ALGORITHM:-SlopeOne}/g" $CONTEXT
sed -i "s/%RECOMMENDER_RETRAIN_LOOP_TIME%/${RECOMMENDER_RETRAIN_LOOP_TIME:-0}/g" $CONTEXT

if [ "$KIEKER_ENABLED" = "true" ]; then
  export CATALINA_OPTS="$CATALINA_OPTS -javaagent:/kieker/agent/agent.jar \
    -Dkieker.monitoring.configuration=/kieker/config/kieker.monitoring.properties \
    -Dkieker.monitoring.hostname=${HOST_NAME} \
    -Dorg.aspectj.weaver.showWeaveInfo=false"
  if [ -n "$KIEKER_RABBITMQ_HOST" ]; then
    export CATALINA_OPTS="$CATALINA_OPTS -Dkieker.monitoring.writer.amqp.AmqpWriter.uri=amqp://admin:changeme@${KIEKER_RABBITMQ_HOST}"
  fi
fi

exec catalina.sh run
