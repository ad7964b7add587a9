#!/bin/sh
# Seed stock once, then generate orders forever. All addresses arrive as flags from
# docker-compose (`command:`); see docker-compose.yml service "datagen". Both tools ignore
# flags they do not know, so the same argument list is passed to each.
set -e
java -cp /app/datagen.jar com.latticeoutfitters.orders.datagen.AddInventory "$@"
exec java -jar /app/datagen.jar "$@"
