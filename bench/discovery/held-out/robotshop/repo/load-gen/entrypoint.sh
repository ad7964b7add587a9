#!/bin/sh

if [ -z "$HOST" ]
then
    echo "HOST env not set"
    exit 1
fi

if echo "$RUN_TIME" | egrep -q '^([0-9]+h)?([0-9]+m)?$'
then
    if [ "$RUN_TIME" = "0" ]
    then
        unset TIME
    else
        TIME="-t $RUN_TIME"
    fi
else
    echo "Wrong run time format"
    exit 1
fi

if [ "$SILENT" -eq 1 ]
then
    exec > /dev/null
fi

echo "Starting $NUM_CLIENTS clients for ${RUN_TIME:-ever}"
locust -f bolts-bots.py --host "$HOST" --headless -r 1 -u $NUM_CLIENTS $TIME
