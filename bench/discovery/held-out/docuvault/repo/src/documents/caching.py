"""
Small helpers around the Django cache (redis, see settings.CACHES) for data the
UI asks for repeatedly: classifier suggestions and document metadata.
"""
from __future__ import annotations

import logging
from typing import Final

from django.core.cache import cache

logger = logging.getLogger("docuvault.caching")

CLASSIFIER_VERSION_KEY: Final[str] = "classifier_version"
CLASSIFIER_HASH_KEY: Final[str] = "classifier_hash"
CACHE_1_MINUTE: Final[int] = 60
CACHE_5_MINUTES: Final[int] = 5 * CACHE_1_MINUTE
CACHE_50_MINUTES: Final[int] = 50 * CACHE_1_MINUTE


def get_suggestion_cache_key(document_id: int) -> str:
    return f"doc_{document_id}_suggest"


def get_metadata_cache_key(document_id: int) -> str:
    return f"doc_{document_id}_metadata"


def get_suggestion_cache(document_id: int):
    return cache.get(get_suggestion_cache_key(document_id))


def set_suggestions_cache(document_id: int, suggestions: dict, classifier_hash: str) -> None:
    cache.set(get_suggestion_cache_key(document_id), {"hash": classifier_hash, "data": suggestions}, CACHE_5_MINUTES)


def get_metadata_cache(document_id: int):
    return cache.get(get_metadata_cache_key(document_id))


def set_metadata_cache(document_id: int, metadata: dict) -> None:
    cache.set(get_metadata_cache_key(document_id), metadata, CACHE_50_MINUTES)


def set_classifier_version(version: str, classifier_hash: str) -> None:
    cache.set_many({CLASSIFIER_VERSION_KEY: version, CLASSIFIER_HASH_KEY: classifier_hash}, CACHE_50_MINUTES)


def clear_document_caches(document_id: int) -> None:
    cache.delete_many([get_suggestion_cache_key(document_id), get_metadata_cache_key(document_id)])
