"""Utility functions used across Vizdash"""
import logging
from typing import cast, Optional

from flask import current_app

from vizdash import security_manager, thumbnail_cache
from vizdash.extensions import celery_app
from vizdash.utils.screenshots import ChartScreenshot, DashboardScreenshot
from vizdash.utils.urls import get_url_path
from vizdash.utils.webdriver import WindowSize

logger = logging.getLogger(__name__)


@celery_app.task(name="cache_chart_thumbnail", soft_time_limit=300)
def cache_chart_thumbnail(
    current_user: Optional[str],
    chart_id: int,
    force: bool = False,
    window_size: Optional[WindowSize] = None,
    thumb_size: Optional[WindowSize] = None,
) -> None:
    # pylint: disable=import-outside-toplevel
    from vizdash.models.slice import Slice

    if not thumbnail_cache:
        logger.warning("No cache set, refusing to compute")
        return None
    chart = cast(Slice, Slice.get(chart_id))
    url = get_url_path("Vizdash.slice", slice_id=chart.id)
    logger.info("Caching chart: %s", url)
    screenshot = ChartScreenshot(url, chart.digest)
    username = current_user or current_app.config["THUMBNAIL_SELENIUM_USER"]
    user = security_manager.find_user(username)
    with current_app.test_request_context():
        screenshot.compute_and_cache(
            user=user,
            cache=thumbnail_cache,
            force=force,
            window_size=window_size,
            thumb_size=thumb_size,
        )
    return None


@celery_app.task(name="cache_dashboard_thumbnail", soft_time_limit=300)
def cache_dashboard_thumbnail(
    current_user: Optional[str],
    dashboard_id: int,
    force: bool = False,
    thumb_size: Optional[WindowSize] = None,
) -> None:
    # pylint: disable=import-outside-toplevel
    from vizdash.models.dashboard import Dashboard

    if not thumbnail_cache:
        logging.warning("No cache set, refusing to compute")
        return
    dashboard = Dashboard.get(dashboard_id)
    url = get_url_path("Vizdash.dashboard", dashboard_id_or_slug=dashboard.id)

    logger.info("Caching dashboard: %s", url)
    screenshot = DashboardScreenshot(url, dashboard.digest)
    username = current_user or current_app.config["THUMBNAIL_SELENIUM_USER"]
    user = security_manager.find_user(username)
    screenshot.compute_and_cache(
        user=user,
        cache=thumbnail_cache,
        force=force,
        thumb_size=thumb_size,
    )
