"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import json
import logging
import os

from django.conf import settings

logger = logging.getLogger(__name__)

_flags = None


def _load_flags():
    global _flags
    if _flags is None:
        _flags = {}
        path = os.path.join(settings.BASE_DIR, settings.FEATURE_FLAGS_FILE)
        if settings.FEATURE_FLAGS_FROM_FILE and os.path.exists(path):
            with open(path) as f:
                _flags = json.load(f)
            logger.debug(f'Read {len(_flags)} feature flags from file {path}')
    return _flags


def flag_set(feature_flag, user=None, override_system_default=None):
    """Use this method to check whether this flag is set ON or OFF.
    Community edition works in offline mode: flags come from a local JSON file
    and fall back to FEATURE_FLAGS_DEFAULT_VALUE.
    """
    env_value = os.getenv(feature_flag.upper())
    if env_value is not None:
        return env_value.lower() in ('1', 'true', 'yes', 'on')
    default = override_system_default if override_system_default is not None else settings.FEATURE_FLAGS_DEFAULT_VALUE
    return _load_flags().get(feature_flag, default)
