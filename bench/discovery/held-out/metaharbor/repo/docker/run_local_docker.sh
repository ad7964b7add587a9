#!/bin/bash
# Build the server and ingestion images from source and start the quickstart stack.
cd "$( dirname "${BASH_SOURCE[0]}" )" || exit
cd ../

helpFunction()
{
   echo ""
   echo "Usage: $0 -m mode -d database"
   echo "\t-m Running mode: [ui, no-ui]. Default [ui]\n"
   echo "\t-d Database: [mysql, postgresql]. Default [mysql]\n"
   exit 1
}

while getopts "m:d:h" opt
do
   case "$opt" in
      m ) mode="$OPTARG" ;;
      d ) database="$OPTARG" ;;
      h ) helpFunction ;;
      ? ) helpFunction ;;
   esac
done

mode="${mode:=ui}"
database="${database:=mysql}"

if [[ $mode == "ui" ]]; then
  mvn clean install -DskipTests
else
  mvn -DskipTests -DonlyBackend clean install -pl !metaharbor-ui
fi

docker build -f docker/development/Dockerfile -t ghcr.io/metaharbor/server:local .
docker build -f ingestion/Dockerfile -t ghcr.io/metaharbor/ingestion:local .

if [[ $database == "postgresql" ]]; then
  docker compose -f docker/docker-compose-quickstart/docker-compose-postgres.yml up -d
else
  docker compose -f docker/docker-compose-quickstart/docker-compose.yml up -d
fi

until curl -s -f "http://localhost:9200/_cat/indices/team_search_index"; do
  printf 'Checking if Elastic Search instance is up...\n'
  sleep 5
done

until curl -s -f --header 'Authorization: Basic YWRtaW46YWRtaW4=' "http://localhost:8080/api/v1/dags/sample_data"; do
  printf 'Checking if Sample Data DAG is reachable...\n'
  sleep 5
done
echo "Metaharbor is up at http://localhost:8585"
