#!/bin/sh
# startup.sh - startup script for the Maestroflow server docker image

echo "Starting Maestroflow server"

cd /app/libs
echo "Property file: $CONFIG_PROP"
echo $CONFIG_PROP
export config_file=

if [ -z "$CONFIG_PROP" ];
  then
    echo "CONFIG_PROP not set: using the in-memory defaults from application.properties";
    export config_file=
  else
    echo "Using '$CONFIG_PROP'";
    export config_file=/app/config/$CONFIG_PROP
fi

echo "Using java options config: $JAVA_OPTS"

java ${JAVA_OPTS} -DMAESTROFLOW_CONFIG_FILE=$config_file -jar maestroflow-server.jar 2>&1 | tee -a /app/logs/server.log
