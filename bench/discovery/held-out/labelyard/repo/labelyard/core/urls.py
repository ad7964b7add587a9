"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve

from core import views

urlpatterns = [
    re_path(r'^$', views.main, name='main'),
    re_path(r'^version/', views.version_page, name='version'),
    re_path(r'^health/', views.health, name='health'),
    re_path(r'^data/upload/(?P<filename>.*)$', views.UploadedFileResponse.as_view(), name='data-upload'),
    re_path(r'^static/(?P<path>.*)$', serve, kwargs={'document_root': settings.STATIC_ROOT, 'show_indexes': True}),
    re_path(r'^', include('organizations.urls')),
    re_path(r'^', include('projects.urls')),
    re_path(r'^', include('data_import.urls')),
    re_path(r'^', include('data_manager.urls')),
    re_path(r'^', include('data_export.urls')),
    re_path(r'^', include('users.urls')),
    re_path(r'^', include('tasks.urls')),
    re_path(r'^', include('io_storages.urls')),
    re_path(r'^', include('ml.urls')),
    re_path(r'^', include('webhooks.urls')),
    path('django-rq/', include('django_rq.urls')),
]
