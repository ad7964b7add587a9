#!/bin/sh
set -e

function migrate () {
    python manage.py waitfordb && python manage.py migrate && python manage.py createcachetable
}
function serve() {
    python manage.py waitfordb

    exec gunicorn --bind 0.0.0.0:8000 \
             --worker-tmp-dir /dev/shm \
             --timeout ${GUNICORN_TIMEOUT:-30} \
             --workers ${GUNICORN_WORKERS:-3} \
             --threads ${GUNICORN_THREADS:-2} \
             --access-logfile $ACCESS_LOG_LOCATION \
             app.wsgi
}
function run_task_processor() {
    python manage.py waitfordb --waitfor 30 --migrations
    RUN_BY_PROCESSOR=1 exec python manage.py runprocessor \
      --sleepintervalms ${TASK_PROCESSOR_SLEEP_INTERVAL:-500} \
      --graceperiodms ${TASK_PROCESSOR_GRACE_PERIOD_MS:-20000} \
      --numthreads ${TASK_PROCESSOR_NUM_THREADS:-5} \
      --queuepopsize ${TASK_PROCESSOR_QUEUE_POP_SIZE:-10}
}
function bootstrap() {
    python manage.py bootstrap
}

if [ "$1" == "migrate" ]; then
    migrate
elif [ "$1" == "serve" ]; then
    serve
elif [ "$1" == "run-task-processor" ]; then
    run_task_processor
elif [ "$1" == "migrate-and-serve" ]; then
    migrate
    bootstrap
    serve
else
    echo "ERROR: unrecognised command '$1'"
fi
