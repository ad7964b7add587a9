import logging

import requests

from redash.destinations import BaseDestination, register
from redash.utils import json_dumps


class Slack(BaseDestination):
    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {"url": {"type": "string", "title": "Slack Webhook URL"}},
            "secret": ["url"],
        }

    def notify(self, alert, query, user, new_state, app, host, options):
        color = "#c0392b" if new_state == "triggered" else "#27ae60"
        payload = {
            "attachments": [
                {"text": "{} just {}".format(alert.name, new_state), "color": color,
                 "fields": [{"title": "Query", "value": "{}/queries/{}".format(host, query.id), "short": True}]}
            ]
        }
        try:
            resp = requests.post(self.configuration["url"], data=json_dumps(payload), timeout=5.0)
            if resp.status_code != 200:
                logging.error("Slack send ERROR. status_code => {status}".format(status=resp.status_code))
        except Exception:
            logging.exception("Slack send ERROR.")


register(Slack)
