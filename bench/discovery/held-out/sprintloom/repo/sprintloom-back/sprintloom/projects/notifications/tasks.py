import datetime

from django.utils import timezone

from sprintloom.celery import app

from . import services
from .models import HistoryChangeNotification


@app.task
def send_bulk_email():
    """Scheduled by beat (settings/celery.py); runs in sprintloom-async and delivers via SMTP."""
    services.send_bulk_email()


@app.task
def delete_old_notifications():
    limit = timezone.now() - datetime.timedelta(days=30)
    HistoryChangeNotification.objects.filter(created_datetime__lt=limit).delete()
