from django.urls import path
from rest_framework.routers import DefaultRouter

from environments.views import EnvironmentViewSet, environment_document

router = DefaultRouter()
router.register(r"", EnvironmentViewSet, basename="environment")

urlpatterns = [
    path("environment-document/", environment_document, name="environment-document"),
] + router.urls
