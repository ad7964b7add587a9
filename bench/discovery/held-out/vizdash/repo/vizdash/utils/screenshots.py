from __future__ import annotations

import logging
from io import BytesIO
from typing import TYPE_CHECKING

from flask import current_app

from vizdash.utils.hashing import md5_sha_from_dict
from vizdash.utils.urls import modify_url_query
from vizdash.utils.webdriver import DashboardStandaloneMode, WebDriverSelenium, WindowSize

logger = logging.getLogger(__name__)

DEFAULT_SCREENSHOT_WINDOW_SIZE = 800, 600
DEFAULT_CHART_WINDOW_SIZE = DEFAULT_CHART_THUMBNAIL_SIZE = 800, 600
DEFAULT_DASHBOARD_WINDOW_SIZE = 1600, 1200

if TYPE_CHECKING:
    from flask_appbuilder.security.sqla.models import User
    from flask_caching import Cache


class BaseScreenshot:
    driver_type = current_app.config["WEBDRIVER_TYPE"]
    thumbnail_type: str = ""
    element: str = ""
    window_size: WindowSize = DEFAULT_SCREENSHOT_WINDOW_SIZE
    thumb_size: WindowSize = DEFAULT_SCREENSHOT_WINDOW_SIZE

    def __init__(self, url: str, digest: str):
        self.digest: str = digest
        # `url` is built from WEBDRIVER_BASEURL, e.g. http://vizdash:8088/...
        self.url = url
        self.screenshot: bytes | None = None

    def driver(self, window_size: WindowSize | None = None) -> WebDriverSelenium:
        window_size = window_size or self.window_size
        return WebDriverSelenium(self.driver_type, window_size)

    def cache_key(self, window_size=None, thumb_size=None) -> str:
        window_size = window_size or self.window_size
        thumb_size = thumb_size or self.thumb_size
        args = {
            "thumbnail_type": self.thumbnail_type,
            "digest": self.digest,
            "type": "thumb",
            "window_size": window_size,
            "thumb_size": thumb_size,
        }
        return md5_sha_from_dict(args)

    def get_screenshot(self, user: User, window_size: WindowSize | None = None) -> bytes | None:
        driver = self.driver(window_size)
        self.screenshot = driver.get_screenshot(self.url, self.element, user)
        return self.screenshot

    def compute_and_cache(
        self,
        user: User,
        cache: Cache,
        window_size: WindowSize | None = None,
        thumb_size: WindowSize | None = None,
        force: bool = True,
    ) -> bytes | None:
        cache_key = self.cache_key(window_size, thumb_size)
        if not force and cache.get(cache_key):
            logger.debug("Thumb already exists, skipping")
            return None
        logger.info("Processing url for thumbnail: %s", cache_key)
        payload = self.get_screenshot(user=user, window_size=window_size)
        if payload:
            logger.info("Caching thumbnail: %s", cache_key)
            cache.set(cache_key, payload)
        return payload


class ChartScreenshot(BaseScreenshot):
    thumbnail_type: str = "chart"
    element: str = "chart-container"

    def __init__(self, url: str, digest: str, window_size=None, thumb_size=None):
        # per the element above, chart screenshots render in "standalone" mode
        url = modify_url_query(url, standalone=DashboardStandaloneMode.HIDE_NAV.value)
        super().__init__(url, digest)
        self.window_size = window_size or DEFAULT_CHART_WINDOW_SIZE
        self.thumb_size = thumb_size or DEFAULT_CHART_THUMBNAIL_SIZE


class DashboardScreenshot(BaseScreenshot):
    thumbnail_type: str = "dashboard"
    element: str = "standalone"

    def __init__(self, url: str, digest: str, window_size=None, thumb_size=None):
        url = modify_url_query(
            url, standalone=DashboardStandaloneMode.REPORT.value
        )
        super().__init__(url, digest)
        self.window_size = window_size or DEFAULT_DASHBOARD_WINDOW_SIZE
        self.thumb_size = thumb_size or DEFAULT_DASHBOARD_WINDOW_SIZE
