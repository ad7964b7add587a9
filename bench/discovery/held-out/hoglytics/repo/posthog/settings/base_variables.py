import os
import sys

from posthog.settings.utils import get_from_env, str_to_bool

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DEBUG = get_from_env("DEBUG", False, type_cast=str_to_bool)
TEST = "test" in sys.argv or sys.argv[0].endswith("pytest") or get_from_env("TEST", False, type_cast=str_to_bool)
E2E_TESTING = get_from_env("E2E_TESTING", False, type_cast=str_to_bool)
SELF_CAPTURE = get_from_env("SELF_CAPTURE", DEBUG and not TEST, type_cast=str_to_bool)
IS_COLLECT_STATIC = len(sys.argv) > 1 and sys.argv[1] == "collectstatic"
SERVER_GATEWAY_INTERFACE = get_from_env("SERVER_GATEWAY_INTERFACE", "WSGI")

# Which process is this? Set by bin/docker (HOGLYTICS_ROLE) or by the bin/docker-* scripts.
PROCESS_ROLE = get_from_env("HOGLYTICS_ROLE", "web")

SITE_URL: str = os.getenv("SITE_URL", "http://localhost:8000").rstrip("/")
