#!/usr/bin/env bash
# usage: ./genModel.sh looklook_usercenter user
# generates a cached goctl model; the DSN below is the local dev one (docker-compose-env maps 33069).
dbname=$1
tables=$2
modeldir=./genModel

host=127.0.0.1
port=33069
username=root
passwd=PXDN93VRKUm8TeE7

echo "generating ${dbname}.${tables}"
goctl model mysql datasource -url="${username}:${passwd}@tcp(${host}:${port})/${dbname}" \
  -table="${tables}" -dir="${modeldir}" -cache=true --style=goZero
