"""keyward URL Configuration"""

from django.conf import settings
from django.urls import include, path
from structlog.stdlib import get_logger

from keyward.core.views import error
from keyward.lib.utils.reflection import get_apps
from keyward.root.monitoring import LiveView, ReadyView

LOGGER = get_logger()

handler400 = error.BadRequestView.as_view()
handler403 = error.ForbiddenView.as_view()
handler404 = error.NotFoundView.as_view()
handler500 = error.ServerErrorView.as_view()

urlpatterns = []

for _keyward_app in get_apps():
    mountpoints = None
    base_url_module = _keyward_app.name + ".urls"
    if hasattr(_keyward_app, "mountpoint"):
        mountpoint = getattr(_keyward_app, "mountpoint")
        mountpoints = {base_url_module: mountpoint}
    if hasattr(_keyward_app, "mountpoints"):
        mountpoints = getattr(_keyward_app, "mountpoints")
    if not mountpoints:
        continue
    for module, mountpoint in mountpoints.items():
        namespace = _keyward_app.label + module.removeprefix(base_url_module)
        _path = path(mountpoint, include((module, _keyward_app.label), namespace=namespace))
        urlpatterns.append(_path)

urlpatterns += [
    path("-/health/live/", LiveView.as_view(), name="health-live"),
    path("-/health/ready/", ReadyView.as_view(), name="health-ready"),
]
