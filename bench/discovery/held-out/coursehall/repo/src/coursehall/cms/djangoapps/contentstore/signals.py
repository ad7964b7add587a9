from datetime import datetime, timezone

from django.dispatch import receiver
from xmodule.modulestore.django import SignalHandler

from .tasks import update_search_index


@receiver(SignalHandler.course_published)
def listen_for_course_publish(sender, course_key, **kwargs):
    # Enqueued on redis, picked up by cms-worker
    update_search_index.delay(str(course_key), datetime.now(timezone.utc).isoformat())
