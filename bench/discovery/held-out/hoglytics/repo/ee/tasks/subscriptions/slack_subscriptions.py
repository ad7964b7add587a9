import structlog
from django.conf import settings

from posthog.models.integration import Integration, SlackIntegration

logger = structlog.get_logger(__name__)


def _block_for_asset(title: str, url: str) -> dict:
    return {"type": "image", "image_url": url, "alt_text": title}


def send_slack_subscription_report(subscription) -> None:
    integration = Integration.objects.filter(team_id=subscription.team_id, kind="slack").first()
    if not integration:
        logger.warn("slack_subscription.no_integration", subscription_id=subscription.id)
        return

    slack = SlackIntegration(integration)
    channel = subscription.target_value.split("|")[0]
    title = subscription.resource_title
    message_res = slack.client.chat_postMessage(
        channel=channel,
        text=f"Your subscription to {title} is ready! 🎉",
        blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": f"*{title}* <{settings.SITE_URL}{subscription.url}|Open>"}}],
    )
    thread_ts = message_res.get("ts")
    for asset in subscription.assets():
        slack.client.chat_postMessage(channel=channel, thread_ts=thread_ts, blocks=[_block_for_asset(asset.name, asset.get_public_url())])
