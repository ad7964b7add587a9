#! /bin/bash

host=${1:-localhost}
cdc_health_path=$2
shift 2
ports="$*"

done=false

while [[ "$done" = false ]]; do
    for port in $ports; do
        curl --fail -s http://${host}:${port}/actuator/health >& /dev/null
        if [[ "$?" -eq "0" ]]; then
            done=true
        else
            done=false
            break
        fi
    done
    curl --fail -s http://${host}:8099/actuator/health/${cdc_health_path} >& /dev/null || done=false
    if [[ "$done" = true ]]; then
        echo connected
        break;
    fi
    echo -n .
    sleep 1
done
