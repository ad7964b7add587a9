#!/bin/sh -e
# Run by the cms-job container / k8s Job
dockerize -wait tcp://mysql:3306 -timeout 20s
export DJANGO_SETTINGS_MODULE=cms.envs.hall.production
./manage.py cms migrate --noinput
./manage.py cms reindex_studio --experimental --init || echo "Skipping search index init"
