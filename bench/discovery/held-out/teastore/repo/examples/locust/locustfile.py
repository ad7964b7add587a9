"""Browse-and-buy profile for Steeped.

Run against a local stack:
    locust -f locustfile.py --host http://localhost:8080
"""
import logging
import os
from random import choice, randint

from locust import HttpUser, between, task

BASE = os.environ.get("STEEPED_BASE_PATH", "/steeped.webui")
USERS = [f"user{i}" for i in range(1, 99)]
# Demo users all share the generated password; not a secret.
PASSWORD = "password"


class ShopUser(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.get(f"{BASE}/", name="home")

    @task(5)
    def browse(self):
        category = randint(2, 6)
        page = randint(1, 5)
        self.client.get(f"{BASE}/category", params={"category": category, "page": page},
                        name="category")
        self.client.get(f"{BASE}/product", params={"id": randint(7, 506)}, name="product")

    @task(2)
    def buy(self):
        user = choice(USERS)
        r = self.client.post(f"{BASE}/loginAction",
                             data={"username": user, "password": PASSWORD}, name="login")
        if r.status_code != 200:
            logging.warning("login failed for %s", user)
            return
        for _ in range(randint(1, 3)):
            self.client.get(f"{BASE}/cartAction",
                            params={"addToCart": "", "productid": randint(7, 506)},
                            name="add to cart")
        self.client.get(f"{BASE}/cartAction",
                        params={"confirm": "Confirm", "firstname": "Ada", "lastname": "Leaf",
                                "address1": "1 Tea Lane", "address2": "Darjeeling",
                                "cardtype": "Visa", "cardnumber": "4111111111111111",
                                "expirydate": "12/30", "total": 1999},
                        name="place order")
        self.client.post(f"{BASE}/loginAction", data={"logout": ""}, name="logout")

    @task(1)
    def status(self):
        self.client.get(f"{BASE}/status", name="status")
