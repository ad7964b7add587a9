import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.envs.hall.production")
os.environ.setdefault("SERVICE_VARIANT", "lms")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
