import abc
import logging
from http import HTTPStatus

from flask import Response, jsonify, make_response


class BaseAnnouncementClient(abc.ABC):
    @abc.abstractmethod
    def get_posts(self) -> list:
        raise NotImplementedError  # pragma: no cover

    def _get_posts(self) -> Response:
        try:
            posts = self.get_posts()
            return make_response(jsonify({'posts': posts, 'msg': 'Success'}), HTTPStatus.OK)
        except Exception as e:
            logging.exception('announcements failed')
            return make_response(jsonify({'posts': [], 'msg': str(e)}), HTTPStatus.INTERNAL_SERVER_ERROR)
