from django.urls import path

from . import views

urlpatterns = [
    path("api/v1/threads", views.threads),
    path("api/v1/search/threads", views.search_threads),
    path("api/v1/<str:commentable_id>/threads", views.create_thread),
]
