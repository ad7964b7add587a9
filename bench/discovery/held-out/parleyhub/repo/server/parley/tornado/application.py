import tornado.web
from django.core.handlers.base import BaseHandler

from parley.tornado.handlers import AsyncDjangoHandler


def create_tornado_application(*, autoreload: bool = False) -> tornado.web.Application:
    django_handler = BaseHandler()
    django_handler.load_middleware()
    urls = (
        r"/notify_tornado",
        r"/json/events",
        r"/api/v1/events",
        r"/api/v1/events/internal",
        r"/api/internal/notify_tornado",
    )
    return tornado.web.Application(
        [(url, AsyncDjangoHandler, dict(django_handler=django_handler)) for url in urls],
        debug=False,
        autoreload=autoreload,
        no_keep_alive=False,
        xheaders=True,
    )
