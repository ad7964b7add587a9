#!/bin/bash
set -e
: ${MYSQL_PORT:=3306}
: ${MYSQL_ARGS:=--ssl=0}

sed -e "s/LINEAGEHUB_DB_NAME/${LINEAGEHUB_DB_NAME}/g" /init.sql | tee -a /tmp/init-final.sql
mysql -u $MYSQL_USERNAME -p"$MYSQL_PASSWORD" -h $MYSQL_HOST -P $MYSQL_PORT $MYSQL_ARGS < /tmp/init-final.sql
