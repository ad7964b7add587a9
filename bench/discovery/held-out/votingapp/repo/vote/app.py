"""Ballot Box vote front end.

Renders the two options, remembers the voter with a cookie and pushes every ballot onto the Redis
list "votes". The worker drains that list into Postgres.
"""
import json
import logging
import os
import random
import socket

from flask import Flask, g, make_response, render_template, request
from prometheus_flask_exporter import PrometheusMetrics
from redis import Redis

option_a = os.getenv("OPTION_A", "Tea")
option_b = os.getenv("OPTION_B", "Coffee")
hostname = socket.gethostname()

app = Flask(__name__)
metrics = PrometheusMetrics(app, path="/metrics")
metrics.info("vote_app_info", "Vote app info", options=f"{option_a}/{option_b}")

gunicorn_error_logger = logging.getLogger("gunicorn.error")
app.logger.handlers.extend(gunicorn_error_logger.handlers)
app.logger.setLevel(logging.INFO)

VOTES_KEY = "votes"


def get_redis():
    if not hasattr(g, "redis"):
        g.redis = Redis(
            host=os.getenv("REDIS_HOST", "redis"),
            port=int(os.getenv("REDIS_PORT", "6379")),
            db=0,
            socket_timeout=5,
        )
    return g.redis


@app.route("/", methods=["POST", "GET"])
def hello():
    voter_id = request.cookies.get("voter_id")
    if not voter_id:
        voter_id = hex(random.getrandbits(64))[2:-1]

    vote = None

    if request.method == "POST":
        redis = get_redis()
        vote = request.form["vote"]
        if vote not in ("a", "b"):
            return make_response("unknown option", 400)
        app.logger.info("Received vote for %s", vote)
        data = json.dumps({"voter_id": voter_id, "vote": vote})
        redis.rpush(VOTES_KEY, data)

    resp = make_response(
        render_template(
            "index.html",
            option_a=option_a,
            option_b=option_b,
            hostname=hostname,
            vote=vote,
        )
    )
    resp.set_cookie("voter_id", voter_id)
    return resp


@app.route("/healthz")
@metrics.do_not_track()
def healthz():
    return "ok", 200


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=80, debug=True, threaded=True)
