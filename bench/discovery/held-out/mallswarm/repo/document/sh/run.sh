#!/usr/bin/env bash
# Start one service jar on a server without docker.
# ./run.sh mall-admin start|stop|restart
APP_NAME=$1
ACTION=$2
JAR=/mydata/app/$APP_NAME/$APP_NAME-1.0.0-SNAPSHOT.jar
PID_FILE=/mydata/app/$APP_NAME/app.pid
# SKYWALKING_AGENT="-javaagent:/mydata/skywalking-agent/skywalking-agent.jar -Dskywalking.agent.service_name=$APP_NAME -Dskywalking.collector.backend_service=localhost:11800"

start() {
  nohup java $SKYWALKING_AGENT -Xms256m -Xmx512m -jar "$JAR" --spring.profiles.active=prod > /dev/null 2>&1 &
  echo $! > "$PID_FILE"
  echo "$APP_NAME started"
}

stop() {
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" && rm -f "$PID_FILE"
    echo "$APP_NAME stopped"
  fi
}

case "$ACTION" in
  start) start ;;
  stop) stop ;;
  restart) stop; sleep 3; start ;;
  *) echo "usage: $0 <app> start|stop|restart" ;;
esac
