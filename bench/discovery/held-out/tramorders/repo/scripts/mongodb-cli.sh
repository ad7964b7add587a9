#! /bin/bash -e

docker run ${1:+-it} \
   --name mongodbterm --network=${PWD##*/}_default --rm \
   mongo:5.0.21 \
   mongosh --host mongodb purchase_history
