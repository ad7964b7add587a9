#! /bin/bash -e

. ./set-env.sh

./gradlew testClasses

./gradlew mysqlinfrastructureComposeDown
./gradlew mysqlinfrastructureComposeUp

./gradlew build -x :end-to-end-tests:test

./gradlew allComposeUp

./scripts/wait-for-services.sh ${DOCKER_HOST_IP} "readers/patronreader/finished" 8081 8082 8083 8088

./gradlew :end-to-end-tests:cleanTest :end-to-end-tests:test

if [ -z "$KEEP_RUNNING" ] ; then
  ./gradlew allComposeDown
fi
