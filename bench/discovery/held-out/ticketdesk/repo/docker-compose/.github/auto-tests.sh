#!/usr/bin/env bash
#
# run zammad tests against the running compose stack
#

set -o errexit
set -o pipefail

until (curl -I --silent --fail localhost:8080 | grep -iq "HTTP/1.1 200 OK"); do
    echo "wait for zammad to be ready..."
    sleep 15
done

echo "Success - Zammad is up :)"

echo "Execute autowizard..."
curl -I --silent --fail --show-error "http://localhost:8080/#getting_started/auto_wizard/docker_compose_token" > /dev/null

echo "Fill db with some data..."
docker compose exec --env=AUTOWIZARD_RELATIVE_PATH=tmp/auto_wizard.json zammad-railsserver bundle exec rails r "FillDb.load(object_sizes: :small)"

echo "Search for ticket..."
curl -s --fail --show-error -u info@zammad.org:Zammad "http://localhost:8080/api/v1/tickets/search?query=welcome" | grep -q '"tickets"'
echo "all tests passed"
