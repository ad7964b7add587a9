# -*- coding: utf-8 -*-
# Development settings (hall dev), NOT used by local/k8s deployments
import os
from lms.envs.devstack import *

DATABASES["default"]["HOST"] = "localhost"
CACHES["default"]["LOCATION"] = "redis://localhost:6379/1"

# Catch all outgoing mail in mailpit
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025

LMS_BASE = "local.coursehall.dev:8000"
LMS_ROOT_URL = "http://" + LMS_BASE
FEATURES["ENABLE_COURSEWARE_MICROFRONTEND"] = True
