# -*- coding: utf-8 -*-
import os
from cms.envs.production import *

####### Settings common to LMS and CMS
exec(open("/openedx/edx-platform/cms/envs/hall/partials_common_all.py").read())  # rendered copy of partials/common_all.py

######## Common CMS settings
STUDIO_NAME = "CourseHall - Studio"

CACHES["staticfiles"] = {
    "KEY_PREFIX": "staticfiles_cms",
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "staticfiles_cms",
}

# Authentication: Studio delegates login to the LMS OAuth2 provider.
# Browser redirects go to the public URL; the token exchange and user-info calls
# are made server-to-server over the internal network.
SOCIAL_AUTH_EDX_OAUTH2_KEY = "cms-sso"
SOCIAL_AUTH_EDX_OAUTH2_SECRET = os.environ.get("CMS_OAUTH2_SECRET", "")
SOCIAL_AUTH_EDX_OAUTH2_URL_ROOT = "http://lms:8000"
SOCIAL_AUTH_EDX_OAUTH2_PUBLIC_URL_ROOT = "https://learn.coursehall.example"
SOCIAL_AUTH_REDIRECT_IS_HTTPS = True

# MFE-specific settings
COURSE_AUTHORING_MICROFRONTEND_URL = "https://apps.learn.coursehall.example/authoring"
LOGIN_URL = "/login/"
FRONTEND_LOGIN_URL = LOGIN_URL

FEATURES["ENABLE_COURSE_TEAM_EMAIL"] = True
######## End of common CMS settings

ALLOWED_HOSTS = [
    ENV_TOKENS.get("CMS_BASE"),
    "cms",
]
