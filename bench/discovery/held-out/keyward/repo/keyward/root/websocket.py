"""root Websocket URLS"""

from channels.auth import AuthMiddlewareStack
from django.urls import path

from keyward.outposts.consumer import OutpostConsumer
from keyward.root.middleware import ChannelsLoggingMiddleware

websocket_urlpatterns = [
    path(
        "ws/outpost/<uuid:pk>/",
        ChannelsLoggingMiddleware(OutpostConsumer.as_asgi()),
    ),
]
