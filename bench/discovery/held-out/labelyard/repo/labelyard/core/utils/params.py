"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import os

from rest_framework.exceptions import ValidationError


def cast_bool_from_str(value):
    if isinstance(value, str):
        if value.lower() in ['true', 'yes', 'on', '1']:
            value = True
        elif value.lower() in ['false', 'no', 'not', 'off', '0']:
            value = False
        else:
            raise ValueError(f'Incorrect bool value "{value}". It should be one of [1, 0, true, false, yes, no]')
    return value


def bool_from_request(params, key, default):
    """Get boolean value from request GET, POST, etc"""
    value = params.get(key, default)
    try:
        return cast_bool_from_str(value) if isinstance(value, str) else bool(int(value))
    except Exception as e:
        raise ValidationError({key: str(e)})


def int_from_request(params, key, default):
    value = params.get(key, default)
    try:
        return int(value)
    except (ValueError, TypeError):
        raise ValidationError({key: f'Incorrect value "{value}"'})


def get_env(name, default=None, is_bool=False):
    for env_key in ['LABELYARD_' + name, name]:
        value = os.environ.get(env_key)
        if value is not None:
            if is_bool:
                return bool_from_request(os.environ, env_key, default)
            else:
                return value
    return default


def get_bool_env(key, default):
    return get_env(key, default, is_bool=True)


def get_env_list(key, default=None):
    """Helper for getting a list of strings from a comma-separated environment variable."""
    value = get_env(key)
    if not value:
        return default if default is not None else []
    return [el.strip() for el in value.split(',') if el.strip()]
