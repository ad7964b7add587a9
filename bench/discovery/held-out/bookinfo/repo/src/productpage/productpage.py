#!/usr/bin/python
#
# Inkwell Books - product page front end.
#
# Renders a book page by aggregating the details and reviews services.
# Both are reached over plain HTTP; mTLS, retries and routing are the
# sidecar's business.

import logging
import os
import sys

import requests
import simplejson as json
from flask import Flask, request, session, render_template, redirect, url_for, jsonify
from json2html import json2html
from prometheus_client import Counter, generate_latest

import upstreams
from tracing import forward_headers

app = Flask(__name__)
app.secret_key = os.environ.get("FLASK_SECRET", "inkwell-dev-secret")

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
log = logging.getLogger("productpage")

REQUEST_RESULT_COUNTER = Counter("request_result", "Upstream results", ["destination_app", "response_code"])

FLOOD_FACTOR = int(os.environ.get("FLOOD_FACTOR", 0))
UPSTREAM_TIMEOUT = float(os.environ.get("UPSTREAM_TIMEOUT", "3.0"))


def _get(url, headers):
    try:
        res = requests.get(url, headers=headers, timeout=UPSTREAM_TIMEOUT)
    except requests.exceptions.RequestException:
        log.exception("upstream call to %s failed", url)
        return None
    return res


def get_product_details(product_id, headers):
    url = upstreams.details["name"] + "/" + upstreams.details["endpoint"] + "/" + str(product_id)
    res = _get(url, headers)
    if res is not None and res.status_code == 200:
        REQUEST_RESULT_COUNTER.labels("details", res.status_code).inc()
        return 200, res.json()
    status = res.status_code if res is not None else 500
    REQUEST_RESULT_COUNTER.labels("details", status).inc()
    return status, {"error": "Sorry, product details are currently unavailable for this book."}


def get_product_reviews(product_id, headers):
    # reviews may be slow (v3 behind a fault rule); retry once
    for _ in range(2):
        url = upstreams.reviews["name"] + "/" + upstreams.reviews["endpoint"] + "/" + str(product_id)
        res = _get(url, headers)
        if res is not None and res.status_code == 200:
            REQUEST_RESULT_COUNTER.labels("reviews", res.status_code).inc()
            return 200, res.json()
    status = res.status_code if res is not None else 500
    REQUEST_RESULT_COUNTER.labels("reviews", status).inc()
    return status, {"error": "Sorry, product reviews are currently unavailable for this book."}


def get_product_ratings(product_id, headers):
    url = upstreams.ratings["name"] + "/" + upstreams.ratings["endpoint"] + "/" + str(product_id)
    res = _get(url, headers)
    if res is not None and res.status_code == 200:
        return 200, res.json()
    status = res.status_code if res is not None else 500
    return status, {"error": "Sorry, product ratings are currently unavailable for this book."}


def flood_reviews(product_id, headers):
    # "noisy neighbour" mode used in the circuit-breaking walkthrough
    if FLOOD_FACTOR <= 0:
        return
    from gevent.pool import Pool
    pool = Pool(FLOOD_FACTOR)
    for _ in range(FLOOD_FACTOR):
        pool.spawn(get_product_reviews, product_id, headers)


def get_products():
    return [
        {
            "id": 0,
            "title": "The Comedy of Errors",
            "descriptionHtml": "<a href=\"https://en.wikipedia.org/wiki/The_Comedy_of_Errors\">Wikipedia Summary</a>: "
                               "one of William Shakespeare's early plays.",
        }
    ]


@app.route("/")
@app.route("/index.html")
def index():
    table = json2html.convert(json=json.dumps(upstreams.service_dict),
                              table_attributes="class=\"table table-condensed table-bordered table-hover\"")
    return render_template("index.html", serviceTable=table)


@app.route("/health")
def health():
    return "Product page is healthy"


@app.route("/login", methods=["POST"])
def login():
    user = request.values.get("username")
    response = app.make_response(redirect(request.referrer or url_for("front")))
    session["user"] = user
    return response


@app.route("/logout", methods=["GET"])
def logout():
    response = app.make_response(redirect(request.referrer or url_for("front")))
    session.pop("user", None)
    return response


@app.route("/productpage")
def front():
    product_id = 0
    headers = forward_headers()
    user = session.get("user", "")
    if user:
        headers["end-user"] = user
    product = get_products()[product_id]
    details_status, details = get_product_details(product_id, headers)
    flood_reviews(product_id, headers)
    reviews_status, reviews = get_product_reviews(product_id, headers)
    return render_template(
        "productpage.html",
        detailsStatus=details_status,
        reviewsStatus=reviews_status,
        product=product,
        details=details,
        reviews=reviews,
        user=user,
    )


# The API:
@app.route("/api/v1/products")
def products_route():
    return jsonify(get_products()), 200


@app.route("/api/v1/products/<int:product_id>")
def product_route(product_id):
    status, details = get_product_details(product_id, forward_headers())
    return jsonify(details), status


@app.route("/api/v1/products/<int:product_id>/reviews")
def reviews_route(product_id):
    status, reviews = get_product_reviews(product_id, forward_headers())
    return jsonify(reviews), status


@app.route("/api/v1/products/<int:product_id>/ratings")
def ratings_route(product_id):
    status, ratings = get_product_ratings(product_id, forward_headers())
    return jsonify(ratings), status


@app.route("/metrics")
def metrics():
    return generate_latest()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        log.error("usage: %s port", sys.argv[0])
        sys.exit(-1)
    p = int(sys.argv[1])
    log.info("start at port %s", p)
    app.run(host="::", port=p, debug=False, threaded=True)
