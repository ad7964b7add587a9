import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.envs.hall.production")
os.environ.setdefault("SERVICE_VARIANT", "cms")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
