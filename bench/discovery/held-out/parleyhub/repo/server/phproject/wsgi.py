import os
import sys

SITE_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.dirname(SITE_DIR))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "phproject.settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
