#!/usr/bin/env bash

if [ -f ./environ ]; then
    source ./environ
fi

export JVM_OPTS="-Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager -Dlog4j2.configurationFile=log4j2.xml -XX:-OmitStackTraceInStackTrace --enable-preview $JVM_OPTS"

ENTRYPOINT=${1:-app.main};

set -ex
exec $JAVA_CMD $JVM_OPTS -jar vectorpad.jar -m $ENTRYPOINT
