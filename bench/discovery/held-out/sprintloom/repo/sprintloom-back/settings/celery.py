# Celery configuration shared by the API (producer) and sprintloom-async (worker + beat).
from kombu import Exchange, Queue
from celery.schedules import crontab

from django.conf import settings

broker_url = settings.CELERY_BROKER_URL
result_backend = getattr(settings, "CELERY_RESULT_BACKEND", None)
accept_content = ["pickle"]
task_serializer = "pickle"
result_serializer = "pickle"
timezone = settings.CELERY_TIMEZONE

task_default_queue = "tasks"
task_queues = (
    Queue("tasks", Exchange("tasks"), routing_key="task.#"),
    Queue("transient", Exchange("default"), routing_key="transient.#", delivery_mode=1),
)
task_default_exchange = "tasks"
task_default_exchange_type = "topic"
task_default_routing_key = "task.default"

beat_schedule = {}

if getattr(settings, "CHANGE_NOTIFICATIONS_MIN_INTERVAL", 0):
    beat_schedule["send-bulk-emails"] = {
        "task": "sprintloom.projects.notifications.tasks.send_bulk_email",
        "schedule": settings.CHANGE_NOTIFICATIONS_MIN_INTERVAL,
    }

beat_schedule["delete-old-notifications"] = {
    "task": "sprintloom.projects.notifications.tasks.delete_old_notifications",
    "schedule": crontab(minute=0, hour=4),
}

if getattr(settings, "ENABLE_TELEMETRY", False):
    beat_schedule["send-telemetry-once-a-day"] = {
        "task": "sprintloom.telemetry.tasks.send_telemetry",
        "schedule": crontab(minute=10, hour=0),
    }
