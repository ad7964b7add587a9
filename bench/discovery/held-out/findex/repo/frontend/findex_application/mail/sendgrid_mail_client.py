import logging
import os
from http import HTTPStatus
from typing import Dict, List, Optional

from flask import Response, make_response, jsonify
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from findex_application.base.base_mail_client import BaseMailClient

LOGGER = logging.getLogger(__name__)


class SendGridMailClient(BaseMailClient):
    """Delivers notification emails through the SendGrid v3 Web API."""

    def __init__(self, recipients: List[str] = None) -> None:
        self.recipients = recipients or []
        self.client = SendGridAPIClient(api_key=os.environ.get('SENDGRID_API_KEY'))

    def send_email(self,
                   html: str,
                   optional_data: Optional[Dict] = None,
                   recipients: Optional[List[str]] = None,
                   sender: Optional[str] = None,
                   subject: Optional[str] = None) -> Response:
        message = Mail(from_email=sender,
                       to_emails=recipients or self.recipients,
                       subject=subject,
                       html_content=html)
        try:
            sg_response = self.client.send(message)
            return make_response(jsonify({'msg': 'sent'}), sg_response.status_code)
        except Exception as e:
            LOGGER.exception('SendGrid delivery failed')
            return make_response(jsonify({'msg': str(e)}), HTTPStatus.INTERNAL_SERVER_ERROR)
