"""Grade recomputation tasks (queued by the LMS, consumed by lms-worker)."""
from celery import shared_task
from django.db import transaction

from .models import PersistentSubsectionGrade


@shared_task(queue="edx.lms.core.default", acks_late=True)
def recalculate_subsection_grade(user_id, course_id, usage_id, earned, possible):
    with transaction.atomic():
        PersistentSubsectionGrade.objects.update_or_create(
            user_id=user_id, course_id=course_id, usage_key=usage_id,
            defaults={"earned_all": earned, "possible_all": possible},
        )
