#!/bin/bash
#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0

MH_HOME="$( cd "$( dirname "${BASH_SOURCE[0]}" )/.." && pwd )"
CONFIG_FILE="${1:-$MH_HOME/conf/metaharbor.yaml}"

if [ -z "$METAHARBOR_HEAP_OPTS" ]; then
  METAHARBOR_HEAP_OPTS="-Xmx1G -Xms1G"
fi
METAHARBOR_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true"

CLASSPATH=""
for file in "$MH_HOME"/libs/*.jar; do
  CLASSPATH="$CLASSPATH":"$file"
done

exec java $METAHARBOR_HEAP_OPTS $METAHARBOR_JVM_PERFORMANCE_OPTS -cp "$CLASSPATH" \
  org.metaharbor.service.MetaharborApplication server "$CONFIG_FILE"
