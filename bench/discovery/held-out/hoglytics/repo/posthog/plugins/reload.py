from django.conf import settings

from posthog.redis import get_client


def reload_plugins_on_workers() -> None:
    """Tell every plugin-server instance (subscribed on Redis pub/sub) to reload plugin configs."""
    get_client().publish(settings.PLUGINS_RELOAD_PUBSUB_CHANNEL, "reload!")


def reload_action_on_workers(team_id: int, action_id: int) -> None:
    import json

    get_client().publish("reload-action", json.dumps({"teamId": team_id, "actionId": action_id}))
