import logging

import requests
from flask import current_app as app

LOGGER = logging.getLogger(__name__)


def get_query_param(args, param: str, error_msg: str = None) -> str:
    value = args.get(param)
    if value is None:
        msg = 'A {0} parameter must be provided'.format(param) if error_msg is None else error_msg
        raise Exception(msg)
    return value


def request_metadata(*,
                     url: str,
                     method: str = 'GET',
                     headers=None,
                     timeout_sec: int = 0,
                     data=None,
                     json=None):
    """
    Helper function to make a request to metadata service.
    Sets the client and header information based on the configuration
    """
    if headers is None:
        headers = {}

    if app.config['METADATASERVICE_REQUEST_HEADERS_METHOD']:
        headers = app.config['METADATASERVICE_REQUEST_HEADERS_METHOD'](app)
    elif app.config['METADATASERVICE_REQUEST_HEADERS']:
        headers = app.config['METADATASERVICE_REQUEST_HEADERS']
    return request_wrapper(method=method,
                           url=url,
                           client=app.config['METADATASERVICE_REQUEST_CLIENT'],
                           headers=headers,
                           timeout_sec=timeout_sec,
                           data=data,
                           json=json)


def request_search(*,
                   url: str,
                   method: str = 'GET',
                   headers=None,
                   timeout_sec: int = 0,
                   data=None,
                   json=None):
    """
    Helper function to make a request to search service.
    Sets the client and header information based on the configuration
    """
    if headers is None:
        headers = {}

    if app.config['SEARCHSERVICE_REQUEST_HEADERS']:
        headers = app.config['SEARCHSERVICE_REQUEST_HEADERS']
    return request_wrapper(method=method,
                           url=url,
                           client=app.config['SEARCHSERVICE_REQUEST_CLIENT'],
                           headers=headers,
                           timeout_sec=timeout_sec,
                           data=data,
                           json=json)


def request_wrapper(method: str, url: str, client, headers, timeout_sec: int, data=None, json=None):
    """
    Wraps a request to use Mock in tests, or a custom client if configured.
    """
    if client is not None:
        if method == 'DELETE':
            return client.delete(url, headers=headers, timeout=timeout_sec)
        elif method == 'GET':
            return client.get(url, headers=headers, timeout=timeout_sec)
        elif method == 'POST':
            return client.post(url, headers=headers, timeout=timeout_sec, data=data, json=json)
        elif method == 'PUT':
            return client.put(url, headers=headers, timeout=timeout_sec, data=data, json=json)
        else:
            raise Exception('Method not allowed: {}'.format(method))
    else:
        with requests.Session() as s:
            if method == 'DELETE':
                return s.delete(url, headers=headers, timeout=timeout_sec)
            elif method == 'GET':
                return s.get(url, headers=headers, timeout=timeout_sec)
            elif method == 'POST':
                return s.post(url, headers=headers, timeout=timeout_sec, data=data, json=json)
            elif method == 'PUT':
                return s.put(url, headers=headers, timeout=timeout_sec, data=data, json=json)
            else:
                raise Exception('Method not allowed: {}'.format(method))
