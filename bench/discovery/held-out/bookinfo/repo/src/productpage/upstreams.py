"""Where the product page finds the services it aggregates.

Inside the mesh every service listens on 9080 and is reached by its
Kubernetes Service name. Operators may override the host names (and add a
domain suffix such as ".bookinfo.svc.cluster.local") through the
environment, which is how the multicluster and VM variants are wired.
"""
import os

SERVICES_DOMAIN = "" if os.environ.get("SERVICES_DOMAIN") is None \
    else "." + os.environ.get("SERVICES_DOMAIN")

DETAILS_HOSTNAME = os.environ.get("DETAILS_HOSTNAME", "details")
RATINGS_HOSTNAME = os.environ.get("RATINGS_HOSTNAME", "ratings")
REVIEWS_HOSTNAME = os.environ.get("REVIEWS_HOSTNAME", "reviews")

UPSTREAM_PORT = os.environ.get("UPSTREAM_PORT", "9080")


def _base(host):
    return "http://{0}{1}:{2}".format(host, SERVICES_DOMAIN, UPSTREAM_PORT)


details = {
    "name": _base(DETAILS_HOSTNAME),
    "endpoint": "details",
    "children": [],
}

ratings = {
    "name": _base(RATINGS_HOSTNAME),
    "endpoint": "ratings",
    "children": [],
}

reviews = {
    "name": _base(REVIEWS_HOSTNAME),
    "endpoint": "reviews",
    "children": [ratings],
}

productpage = {
    "name": "http://localhost:9080",
    "endpoint": "details",
    "children": [details, reviews],
}

service_dict = {
    "productpage": productpage,
    "details": details,
    "reviews": reviews,
}
