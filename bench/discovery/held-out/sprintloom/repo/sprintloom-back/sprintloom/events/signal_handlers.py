from django.contrib.contenttypes.models import ContentType

from . import events

WATCHED_TYPES = {"userstories.userstory", "tasks.task", "issues.issue", "milestones.milestone", "wiki.wikipage"}


def _type_name(instance):
    ct = ContentType.objects.get_for_model(instance)
    return f"{ct.app_label}.{ct.model}"


def on_save_any_model(sender, instance, created=False, **kwargs):
    if _type_name(instance) not in WATCHED_TYPES:
        return
    events.emit_event_for_model(instance, type="create" if created else "change")


def on_delete_any_model(sender, instance, **kwargs):
    if _type_name(instance) not in WATCHED_TYPES:
        return
    events.emit_event_for_model(instance, type="delete")
