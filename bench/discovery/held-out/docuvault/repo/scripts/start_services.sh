#!/usr/bin/env bash
# Starts the backing services for local development on your laptop.
# Run `python3 manage.py runserver`, `celery --app docuvault worker` etc. afterwards.
set -eu
docker run -p 6379:6379 --restart unless-stopped -d --name docuvault-dev-redis docker.io/library/redis:7
docker run -p 3000:3000 -d --name docuvault-dev-gotenberg docker.io/gotenberg/gotenberg:8.7 \
	gotenberg --chromium-disable-javascript=true --chromium-allow-list="file:///tmp/.*"
docker run -p 9998:9998 -d --name docuvault-dev-tika docker.io/apache/tika:latest
docker run -p 5432:5432 -e POSTGRES_PASSWORD=changeme -d --name docuvault-dev-postgres docker.io/library/postgres:16
echo "export DOCUVAULT_REDIS=redis://localhost:6379 DOCUVAULT_TIKA_ENABLED=1"
