#!/bin/bash

set -e

DIR="$(cd "$(dirname "$0")" && pwd)"
source $DIR/common.sh

set +o noglob

usage=$'Please set hostname and other necessary attributes in quaymaster.yml first. DO NOT use localhost or 127.0.0.1 for hostname, because Quaymaster needs to be accessed by external clients.
Please set --with-trivy if needs enable Trivy in Quaymaster.'
item=0

# trivy is not enabled by default
with_trivy=$false

while [ $# -gt 0 ]; do
        case $1 in
            --help)
            note "$usage"
            exit 0;;
            --with-trivy)
            with_trivy=true;;
            *)
            note "$usage"
            exit 1;;
        esac
        shift || true
done

workdir="$( cd "$(dirname "$0")" ; pwd -P )"
cd $workdir

h2 "[Step $item]: checking if docker is installed ..."; let item+=1
check_docker

h2 "[Step $item]: checking docker-compose is installed ..."; let item+=1
check_dockercompose

if [ -f quaymaster*.tar.gz ]
then
    h2 "[Step $item]: loading Quaymaster images ..."; let item+=1
    docker load -i ./quaymaster*.tar.gz
fi
echo ""

h2 "[Step $item]: preparing environment ...";  let item+=1
if [ -n "$host" ]
then
    sed "s/^hostname: .*/hostname: $host/g" -i ./quaymaster.yml
fi

h2 "[Step $item]: preparing quaymaster configs ...";  let item+=1
prepare_para=
if [ $with_trivy ]
then
    prepare_para="${prepare_para} --with-trivy"
fi

./prepare $prepare_para
echo ""

if [ -n "$DOCKER_COMPOSE ps -q"  ]
    then
        note "stopping existing Quaymaster instance ..."
        $DOCKER_COMPOSE down -v
fi
echo ""

h2 "[Step $item]: starting Quaymaster ..."
$DOCKER_COMPOSE up -d

success $"----Quaymaster has been installed and started successfully.----"
