import re
from typing import Any, Dict, Optional

import requests
from django.conf import settings

from parley.lib.cache import cache_with_key, preview_url_cache_key
from parley.lib.outgoing_http import OutgoingSession

link_regex = re.compile(r"^(?:http)s?://", re.IGNORECASE)


class PreviewSession(OutgoingSession):
    def __init__(self) -> None:
        super().__init__(role="preview", timeout=15, headers={"User-Agent": "Mozilla/5.0 (compatible; ParleyhubURLPreview/9.2)"})


@cache_with_key(preview_url_cache_key, cache_name="database")
def get_link_embed_data(url: str) -> Optional[Dict[str, Any]]:
    """Fetch an arbitrary user-posted URL and extract Open Graph data."""
    if not settings.INLINE_URL_EMBED_PREVIEW or not link_regex.match(url):
        return None
    response = PreviewSession().get(url, stream=True)
    if not response.ok:
        return None
    from parley.lib.url_preview_parsers import OpenGraphParser

    return OpenGraphParser(response.text, response.headers.get("content-type")).extract_data()
