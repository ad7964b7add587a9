#!/bin/sh
# Run the load generator by hand against a local stack, e.g.
#   ./load-gen.sh -h http://localhost:8080 -n 5

HOST="http://localhost:8080"
NUM=1
while getopts 'h:n:' opt
do
    case $opt in
        h) HOST="$OPTARG" ;;
        n) NUM="$OPTARG" ;;
        *) echo "usage: $0 [-h host] [-n clients]"; exit 1 ;;
    esac
done

docker run -it --rm --name loadgen --network=host \
    -e "HOST=$HOST" -e "NUM_CLIENTS=$NUM" -e "SILENT=0" \
    ${REPO:-botbazaar}/bb-load:${TAG:-latest}
