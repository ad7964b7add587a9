# Funcforge python3-http template entrypoint. The watchdog (fwatchdog) in the
# same container forwards each request to this server on 127.0.0.1:5000.
import os

from flask import Flask, request, jsonify
from waitress import serve

from function import handler

app = Flask(__name__)


class Event:
    def __init__(self):
        self.body = request.get_data()
        self.headers = request.headers
        self.method = request.method
        self.query = request.args
        self.path = request.path


@app.route("/", defaults={"path": ""}, methods=["GET", "PUT", "POST", "PATCH", "DELETE"])
@app.route("/<path:path>", methods=["GET", "PUT", "POST", "PATCH", "DELETE"])
def call_handler(path):
    res = handler.handle(Event(), {})
    if isinstance(res, dict):
        body = res.get("body", "")
        if isinstance(body, (dict, list)):
            body = jsonify(body).get_data()
        return body, res.get("statusCode", 200), res.get("headers", {})
    return res


if __name__ == "__main__":
    serve(app, host="127.0.0.1", port=int(os.getenv("http_port", "5000")))
