#! /bin/bash -e
# Usage: ./scripts/mysql-cli.sh patron|purchase

db=${1:-patron}

docker run ${1:+-it} \
   --name mysqlterm --network=${PWD##*/}_default --rm \
   mysql:8.0.33 \
   sh -c "exec mysql -h${db}-mysql -uroot -prootpassword -o ${db}_service"
