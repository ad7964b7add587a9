from django.apps import AppConfig
from django.db.models import signals


class EventsAppConfig(AppConfig):
    name = "sprintloom.events"
    verbose_name = "Events"

    def ready(self):
        from . import signal_handlers as handlers
        signals.post_save.connect(handlers.on_save_any_model, dispatch_uid="events_change")
        signals.post_delete.connect(handlers.on_delete_any_model, dispatch_uid="events_delete")
