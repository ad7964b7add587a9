from django.conf import settings
from django.urls import include, path, re_path

from parley.tornado.views import notify, get_events_internal
from parley.views.events_register import events_register_backend
from parley.views.health import health
from parley.views.message_send import send_message_backend
from parley.views.push_notifications import add_apns_device_token, add_android_reg_id
from parley.views.upload import serve_file_backend, upload_file_backend
from parley.views.video_calls import make_zoom_video_call

urlpatterns = [
    path("health", health),
    path("json/register", events_register_backend),
    path("api/v1/register", events_register_backend),
    path("json/messages", send_message_backend),
    path("api/v1/users/me/apns_device_token", add_apns_device_token),
    path("api/v1/users/me/android_gcm_reg_id", add_android_reg_id),
    path("api/v1/messages", send_message_backend),
    path("json/user_uploads", upload_file_backend),
    re_path(r"^user_uploads/(?P<realm_id_str>\d+)/(?P<filename>.*)$", serve_file_backend),
    path("json/calls/zoom/create", make_zoom_video_call),
    # Served by Tornado; listed so reverse() works from Django.
    path("api/internal/notify_tornado", notify),
    path("api/v1/events/internal", get_events_internal),
]

if settings.CORPORATE_ENABLED:
    urlpatterns += [path("", include("corporate.urls"))]
