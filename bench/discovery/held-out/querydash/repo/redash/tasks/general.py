import requests
from flask_mail import Message

from redash import mail, models, settings
from redash.models import users
from redash.version_check import run_version_check
from redash.worker import job, get_job_logger
from redash.tasks.worker import Queue
from redash.query_runner import NotSupported

logger = get_job_logger(__name__)


@job("default")
def record_event(raw_event):
    event = models.Event.record(raw_event)
    models.db.session.commit()

    # Optional: settings.EVENT_REPORTING_WEBHOOKS is empty in this deployment.
    for hook in settings.EVENT_REPORTING_WEBHOOKS:
        logger.debug("Forwarding event to: %s", hook)
        try:
            data = {
                "schema": "iglu:io.redash.webhooks/event/jsonschema/1-0-0",
                "data": event.to_dict(),
            }
            response = requests.post(hook, json=data)
            if response.status_code != 200:
                logger.error("Failed posting to %s: %s", hook, response.content)
        except Exception:
            logger.exception("Failed posting to %s", hook)


def version_check():
    run_version_check()


@job("queries", timeout=30, ttl=90)
def test_connection(data_source_id):
    try:
        data_source = models.DataSource.get_by_id(data_source_id)
        data_source.query_runner.test_connection()
    except Exception as e:
        return e
    else:
        return True


@job("schemas", queue_class=Queue, at_front=True, timeout=settings.SCHEMAS_REFRESH_TIMEOUT if hasattr(settings, "SCHEMAS_REFRESH_TIMEOUT") else 300, ttl=90)
def get_schema(data_source_id, refresh):
    try:
        data_source = models.DataSource.get_by_id(data_source_id)
        return data_source.get_schema(refresh)
    except NotSupported:
        return {"error": {"code": 1, "message": "Data source type does not support retrieving schema"}}
    except Exception:
        return {"error": {"code": 2, "message": "Error retrieving schema."}}


def sync_user_details():
    users.sync_last_active_at()


@job("emails")
def send_mail(to, subject, html, text):
    """Delivered by the `worker` service (emails queue) through Flask-Mail / SMTP
    using REDASH_MAIL_SERVER, REDASH_MAIL_PORT, REDASH_MAIL_USERNAME..."""
    try:
        message = Message(recipients=to, subject=subject, html=html, body=text)
        mail.send(message)
    except Exception:
        logger.exception("Failed sending message: %s", message.subject)
