import logging

from celery import shared_task
from django.conf import settings

from apps.grafana_plugin.client import GrafanaAPIClient

logger = logging.getLogger(__name__)


@shared_task
def start_sync_organizations() -> None:
    """Periodic (beat): resync users/teams for the self-hosted org."""
    sync_organization.apply_async((settings.SELF_HOSTED_SETTINGS["ORG_ID"], settings.GRAFANA_API_URL, None))


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def sync_organization(org_id: int, grafana_url: str, api_token: str | None) -> None:
    from django.core.cache import cache

    api_token = api_token or cache.get(f"grafana_api_token:{org_id}", "")
    client = GrafanaAPIClient(api_url=grafana_url, api_token=api_token)

    users, status = client.get_users()
    if users is None:
        logger.warning("org %s: could not fetch users from Grafana: %s", org_id, status)
        return
    teams, _ = client.get_teams()
    permissions, _ = client.get_users_permissions()

    logger.info(
        "org %s synced: %d users, %d teams, %d permission entries",
        org_id,
        len(users),
        len((teams or {}).get("teams", [])),
        len(permissions or {}),
    )
    cache.set(f"grafana_api_token:{org_id}", api_token, None)
