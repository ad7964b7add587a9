from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from posthog import health
from posthog.api import router

urlpatterns = [
    path("_health", health.livez),
    path("_livez", health.livez),
    path("_readyz", health.readyz),
    path("api/", include(router.urls)),
    path("admin/", admin.site.urls),
    path("", include("django_prometheus.urls")),
    re_path(r"^.*$", TemplateView.as_view(template_name="index.html")),
]
