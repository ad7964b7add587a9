"""Thin client for the forum (comments) service."""
import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class CommentClientRequestError(Exception):
    def __init__(self, msg, status_code=400):
        super().__init__(msg)
        self.status_code = status_code


def _url(path):
    return f"{settings.COMMENTS_SERVICE_URL.rstrip('/')}/api/v1/{path.lstrip('/')}"


def perform_request(method, path, data_or_params=None, timeout=5):
    headers = {"X-Edx-Api-Key": getattr(settings, "COMMENTS_SERVICE_KEY", None)}
    kwargs = {"params": data_or_params} if method == "get" else {"json": data_or_params}
    response = requests.request(method, _url(path), headers=headers, timeout=timeout, **kwargs)
    if 500 <= response.status_code < 600:
        log.error("Forum service error %s on %s", response.status_code, path)
        raise CommentClientRequestError(response.text, response.status_code)
    if response.status_code >= 400:
        raise CommentClientRequestError(response.text, response.status_code)
    return response.json()


def get_threads(course_id, page=1, per_page=20, **filters):
    params = {"course_id": str(course_id), "page": page, "per_page": per_page, **filters}
    return perform_request("get", "threads", params)


def create_thread(commentable_id, user_id, course_id, title, body):
    return perform_request(
        "post",
        f"{commentable_id}/threads",
        {"user_id": user_id, "course_id": str(course_id), "title": title, "body": body},
    )


def search_threads(course_id, text):
    return perform_request("get", "search/threads", {"course_id": str(course_id), "text": text})
