#!/bin/bash
# Creates the extra databases listed in MYSQL_MULTIPLE_DATABASES and grants MYSQL_USER on them.
set -eu

if [ -n "${MYSQL_MULTIPLE_DATABASES:-}" ]; then
  for db in $(echo "$MYSQL_MULTIPLE_DATABASES" | tr ',' ' '); do
    echo "Creating database '$db'"
    mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<-EOSQL
      CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
      GRANT ALL PRIVILEGES ON \`$db\`.* TO '$MYSQL_USER'@'%';
EOSQL
  done
fi
