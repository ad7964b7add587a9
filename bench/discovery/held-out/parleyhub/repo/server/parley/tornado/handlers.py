from typing import Any, Dict, List, Optional

import tornado.web
from django.core.handlers.base import BaseHandler

handlers: Dict[int, "AsyncDjangoHandler"] = {}
current_handler_id = 0


def finish_handler(handler_id: int, event_queue_id: str, contents: List[Dict[str, Any]]) -> None:
    handler = handlers.get(handler_id)
    if handler is not None:
        handler.write({"result": "success", "queue_id": event_queue_id, "events": contents})
        handler.finish()


class AsyncDjangoHandler(tornado.web.RequestHandler):
    def initialize(self, django_handler: BaseHandler) -> None:
        global current_handler_id
        self.django_handler = django_handler
        current_handler_id += 1
        self.handler_id = current_handler_id
        handlers[self.handler_id] = self

    def on_finish(self) -> None:
        handlers.pop(self.handler_id, None)
