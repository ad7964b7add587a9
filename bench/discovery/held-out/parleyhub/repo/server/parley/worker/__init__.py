# Import every worker module so @assign_queue registers it.
from parley.worker import (  # noqa: F401
    deferred_work,
    email_senders,
    embed_links,
    missedmessage_mobile_notifications,
    outgoing_webhooks,
    user_activity,
)
