#!/bin/sh
set -e

Help()
{
  echo "Usage: ./docker_update.sh [OPTIONS]"
  echo ""
  echo "Start all docker containers required to run Lemmy."
  echo ""
  echo "Options:"
  echo "-u Docker username. Only required if managing Docker via Docker Desktop with a personal access token."
  echo "-h Print this help."
}

while getopts ":hu:" option; do
  case $option in
    h) Help
       exit;;
    u) DOCKER_USER=$OPTARG
       ;;
    *) echo "Invalid option $OPTARG."
       exit;;
  esac
done

mkdir -p volumes/pictrs
echo "Restarting Docker containers..."
sudo chown -R 991:991 volumes/pictrs
sudo docker compose down
sudo docker compose up -d --build
echo "Done."
