#!/bin/sh -e
# Run by the lms-job container / k8s Job
dockerize -wait tcp://mysql:3306 -timeout 20s
export DJANGO_SETTINGS_MODULE=lms.envs.hall.production
echo "Loading settings $DJANGO_SETTINGS_MODULE"
./manage.py lms migrate --noinput
./manage.py lms create_oauth2_client "http://cms:8000" cms-sso confidential --client_name cms-sso --client_id cms-sso --update
./manage.py lms shell -c "from django.contrib.sites.models import Site; Site.objects.update_or_create(id=2, defaults={'domain': 'learn.coursehall.example'})"
