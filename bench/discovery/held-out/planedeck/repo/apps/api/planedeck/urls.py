from django.urls import include, path

urlpatterns = [
    path("api/", include("planedeck.app.urls")),
    path("api/instances/", include("planedeck.license.urls")),
]
