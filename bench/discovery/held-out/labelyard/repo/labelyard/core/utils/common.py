"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import logging
import time
from datetime import datetime

import requests
import ujson as json
from django.conf import settings
from packaging.version import parse as parse_version

import labelyard

logger = logging.getLogger(__name__)


def get_latest_version():
    """Get version from pypi"""
    pypi_url = 'https://pypi.org/pypi/%s/json' % labelyard.package_name
    try:
        response = requests.get(pypi_url, timeout=10).text
        data = json.loads(response)
        latest_version = data['info']['version']
        upload_time = data.get('releases', {}).get(latest_version, [{}])[-1].get('upload_time', None)
    except Exception:
        logger.warning("Can't get latest version", exc_info=True)
    else:
        return {'latest_version': latest_version, 'upload_time': upload_time}


def current_version_is_outdated(latest_version):
    latest_version = parse_version(latest_version)
    current_version = parse_version(labelyard.__version__)
    return current_version < latest_version


def check_for_the_latest_version(print_message):
    """Check latest pypi version"""
    if not getattr(settings, 'LATEST_VERSION_CHECK', True):
        return

    # prevent excess checks by time intervals
    current_time = time.time()
    if labelyard.__latest_version_check_time__ and current_time - labelyard.__latest_version_check_time__ < 60:
        return
    labelyard.__latest_version_check_time__ = current_time

    data = get_latest_version()
    if not data:
        return
    latest_version = data['latest_version']
    outdated = latest_version and current_version_is_outdated(latest_version)
    labelyard.__latest_version__ = latest_version
    labelyard.__current_version_is_outdated__ = outdated
    if print_message and outdated:
        print(
            '\n Current Labelyard version - {0}, latest version - {1}, '
            'update with: pip install -U {2}\n'.format(labelyard.__version__, latest_version, labelyard.package_name)
        )


def collect_versions(force=False):
    """Collect versions of all installed components"""
    result = {
        'release': labelyard.__version__,
        'labelyard-os-package': {'version': labelyard.__version__, 'build_date': datetime.utcnow().isoformat()},
    }
    return result


def get_object_with_check_and_log(request, queryset, *filter_args, **filter_kwargs):
    from django.shortcuts import get_object_or_404

    obj = get_object_or_404(queryset, *filter_args, **filter_kwargs)
    return obj


def load_func(func_string):
    """
    If the given setting is a string import notation,
    then perform the necessary import or imports.
    """
    import importlib

    if func_string is None:
        return None
    elif isinstance(func_string, str):
        module_name, func_name = func_string.rsplit('.', 1)
        module = importlib.import_module(module_name)
        return getattr(module, func_name)
    return func_string
