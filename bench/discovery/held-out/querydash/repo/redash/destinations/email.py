import logging

from flask_mail import Message

from redash import mail, settings
from redash.destinations import BaseDestination, register


class Email(BaseDestination):
    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {
                "addresses": {"type": "string"},
                "subject_template": {"type": "string", "default": settings.ALERTS_DEFAULT_MAIL_SUBJECT_TEMPLATE},
            },
            "required": ["addresses"],
        }

    def notify(self, alert, query, user, new_state, app, host, options):
        recipients = [email for email in self.configuration.get("addresses", "").split(",") if email]
        if not recipients:
            logging.warning("No emails given. Skipping send.")
            return
        html = "Check <a href='{host}/alerts/{alert_id}'>alert</a> / check <a href='{host}/queries/{query_id}'>query</a>.".format(
            host=host, alert_id=alert.id, query_id=query.id
        )
        with app.app_context():
            message = Message(recipients=recipients, subject=alert.name, html=html)
            mail.send(message)


register(Email)
