#!/usr/bin/python
"""Simulated shoppers. The target host comes from LOCUST_HOST (set in .env to the
frontend-proxy), so every path below is relative to it."""

import json
import os
import random
import uuid

from locust import HttpUser, task, between
from locust_plugins.users.playwright import PlaywrightUser, pw, event

from openfeature import api
from openfeature.contrib.provider.flagd import FlagdProvider
from opentelemetry import context, baggage, trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.instrumentation.urllib3 import URLLib3Instrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

tracer_provider = TracerProvider()
trace.set_tracer_provider(tracer_provider)
tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))

RequestsInstrumentor().instrument()
URLLib3Instrumentor().instrument()

# FLAGD_HOST / FLAGD_PORT are read from the environment by the provider.
api.set_provider(FlagdProvider(host=os.environ.get("FLAGD_HOST", "localhost"), port=os.environ.get("FLAGD_PORT", 8013)))

categories = ["binoculars", "telescopes", "accessories", "assembly", "travel", "books", None]

products = [
    "0PUK6V6EV0",
    "1YMWWN1N4O",
    "2ZYFJ3GM2N",
    "66VCHSJNUP",
    "6E92ZMYYFZ",
    "9SIQT8TOJO",
    "L9ECAV7KIM",
    "LS4PSXUNUM",
    "OLJCESPC7Z",
]

people_file = open("people.json")
people = json.load(people_file)


class WebsiteUser(HttpUser):
    wait_time = between(1, 10)

    @task(1)
    def index(self):
        self.client.get("/")

    @task(10)
    def browse_product(self):
        self.client.get("/api/products/" + random.choice(products))

    @task(3)
    def get_recommendations(self):
        params = {"productIds": [random.choice(products)]}
        self.client.get("/api/recommendations", params=params)

    @task(3)
    def get_ads(self):
        params = {"contextKeys": [random.choice(categories)]}
        self.client.get("/api/data/", params=params)

    @task(3)
    def view_cart(self):
        self.client.get("/api/cart")

    @task(2)
    def add_to_cart(self, user=""):
        if user == "":
            user = str(uuid.uuid1())
        product = random.choice(products)
        self.client.get("/api/products/" + product)
        cart_item = {
            "item": {
                "productId": product,
                "quantity": random.choice([1, 2, 3, 4, 5, 10]),
            },
            "userId": user,
        }
        self.client.post("/api/cart", json=cart_item)

    @task(1)
    def checkout(self):
        user = str(uuid.uuid1())
        self.add_to_cart(user=user)
        checkout_person = random.choice(people)
        checkout_person["userId"] = user
        self.client.post("/api/checkout", json=checkout_person)

    @task(1)
    def flood_home(self):
        for _ in range(0, self.get_flagd_value("loadGeneratorFloodHomepage")):
            self.client.get("/")

    def on_start(self):
        ctx = baggage.set_baggage("session.id", str(uuid.uuid4()))
        ctx = baggage.set_baggage("synthetic_request", "true", context=ctx)
        context.attach(ctx)
        self.index()

    def get_flagd_value(self, FlagName):
        client = api.get_client()
        return client.get_integer_value(FlagName, 0)


browser_traffic_enabled = os.environ.get("LOCUST_BROWSER_TRAFFIC_ENABLED", "").lower() in ("true", "yes", "on")

if browser_traffic_enabled:

    class WebsiteBrowserUser(PlaywrightUser):
        headless = True

        @task
        @pw
        async def open_cart_page_and_change_currency(self, page):
            with event(self, "Change currency"):
                await page.goto("/cart", wait_until="domcontentloaded")
                await page.select_option("[name='currency_code']", "CHF")
                await page.wait_for_timeout(2000)
