#!/bin/bash
set -e
bundle exec rails db:migrate:primary
if [ "$TALLYBILL_CLICKHOUSE_ENABLED" == "true" ]; then
  bundle exec rails db:migrate:clickhouse
fi
bundle exec rails signup:seed_organization
