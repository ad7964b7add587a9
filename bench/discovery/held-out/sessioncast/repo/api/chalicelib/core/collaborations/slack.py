import logging
from datetime import datetime

import requests

from chalicelib.utils import pg_client

logger = logging.getLogger(__name__)


class Slack:
    """Sends notifications to an incoming webhook configured by the user.

    Example webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    """

    @classmethod
    def get_integration(cls, tenant_id, integration_id):
        with pg_client.PostgresClient() as cur:
            cur.execute(cur.mogrify("""SELECT webhook_id AS integration_id, endpoint, name
                                       FROM public.webhooks
                                       WHERE webhook_id = %(integration_id)s AND type = 'slack' AND deleted_at ISNULL""",
                                    {"integration_id": integration_id}))
            return cur.fetchone()

    @classmethod
    def send_text(cls, tenant_id, webhook_id, text, **args):
        integration = cls.get_integration(tenant_id=tenant_id, integration_id=webhook_id)
        if integration is None:
            return {"errors": ["slack integration not found"]}
        r = requests.post(url=integration["endpoint"],
                          json={"text": text, "ts": datetime.now().timestamp(), **args}, timeout=5)
        if r.status_code != 200:
            logger.warning(f"!! issue sending slack text; webhookId:{webhook_id} code:{r.status_code}")
            return None
        return {"data": r.text}
