# isort: skip_file
# Hoglytics settings are split into modules; order matters (later modules read earlier values).
import os
from typing import Dict, List

from posthog.settings.base_variables import *
from posthog.settings.utils import get_from_env, get_list, str_to_bool

from posthog.settings.web import *
from posthog.settings.data_stores import *
from posthog.settings.celery import *
from posthog.settings.object_storage import *
from posthog.settings.integrations import *
from posthog.settings.email import *
from posthog.settings.sentry import *

USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Instance-level knobs read by get_instance_setting() in posthog/email.py; env values become defaults
CONSTANCE_CONFIG: Dict[str, tuple] = {
    "EMAIL_HOST": (EMAIL_HOST, "SMTP host used to send emails", str),
    "EMAIL_PORT": (EMAIL_PORT, "SMTP port", int),
    "EMAIL_ENABLED": (EMAIL_ENABLED, "Whether email is enabled", bool),
    "SLACK_APP_CLIENT_ID": (SLACK_APP_CLIENT_ID, "Slack app client id", str),
}

# Local overrides, never shipped in the image
if DEBUG and os.path.exists(os.path.join(BASE_DIR, "posthog", "settings", "local.py")):
    from posthog.settings.local import *  # noqa
