from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from rest_framework.routers import DefaultRouter

from docuvault.consumers import StatusConsumer
from documents.views import (
    BulkEditView,
    DocumentViewSet,
    PostDocumentView,
    SystemStatusView,
    TasksViewSet,
)
from vault_mail.views import MailAccountTestView, MailAccountViewSet, OauthCallbackView

api_router = DefaultRouter()
api_router.register(r"documents", DocumentViewSet)
api_router.register(r"tasks", TasksViewSet, basename="tasks")
api_router.register(r"mail_accounts", MailAccountViewSet)

urlpatterns = [
    re_path(
        r"^api/",
        include(
            [
                path("documents/post_document/", PostDocumentView.as_view(), name="post_document"),
                path("documents/bulk_edit/", BulkEditView.as_view(), name="bulk_edit"),
                path("mail_accounts/test/", MailAccountTestView.as_view(), name="mail_accounts_test"),
                path("oauth/callback/", OauthCallbackView.as_view(), name="oauth_callback"),
                path("status/", SystemStatusView.as_view(), name="system_status"),
                path("", include(api_router.urls)),
            ],
        ),
    ),
    path("accounts/", include("allauth.urls")),
    re_path(r"^(?!api).*$", TemplateView.as_view(template_name="index.html"), name="base"),
]

websocket_urlpatterns = [
    path(settings.STATIC_URL.replace("/static/", "/") + "ws/status/", StatusConsumer.as_asgi()),
]
