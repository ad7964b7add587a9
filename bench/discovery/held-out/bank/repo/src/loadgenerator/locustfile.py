"""Synthetic customers for Juniper Savings."""

import os
import random
from string import ascii_letters, digits
from uuid import uuid4

from locust import HttpUser, LoadTestShape, SequentialTaskSet, between, task

MASTER_PASSWORD = "password"
TRANSACTION_ACCT_LIST = [str(random.randint(1111100000, 1111199999)) for _ in range(50)]


def signup_helper(locust, username):
    userdata = {
        "username": username,
        "password": MASTER_PASSWORD,
        "password-repeat": MASTER_PASSWORD,
        "firstname": username,
        "lastname": "TestAccount",
        "birthday": "01/01/2000",
        "timezone": "82",
        "address": "1 Juniper Way",
        "state": "CA",
        "zip": "94000",
        "ssn": "111-11-1111",
    }
    with locust.client.post("/signup", data=userdata, catch_response=True) as response:
        if response.status_code != 200 and response.status_code != 302:
            response.failure(f"signup failed for {username}")


class AllTasks(SequentialTaskSet):
    def on_start(self):
        self.username = "".join(random.choice(ascii_letters + digits) for _ in range(12))
        signup_helper(self, self.username)
        self.client.post("/login", {"username": self.username, "password": MASTER_PASSWORD})

    @task(10)
    def view_index(self):
        self.client.get("/home")

    @task(2)
    def payment(self):
        self.client.post("/payment", {
            "account_num": random.choice(TRANSACTION_ACCT_LIST),
            "amount": round(random.random() * 10, 2),
            "uuid": str(uuid4()),
        })

    @task(2)
    def deposit(self):
        self.client.post("/deposit", {
            "account": "add",
            "external_account_num": random.choice(TRANSACTION_ACCT_LIST),
            "external_routing_num": "111111111",
            "amount": round(random.random() * 100, 2),
            "uuid": str(uuid4()),
        })

    @task(1)
    def logout(self):
        self.client.post("/logout")
        self.interrupt()


class WebsiteUser(HttpUser):
    # The storefront address is injected by the Deployment (FRONTEND_ADDR=frontend:80).
    host = "http://" + os.getenv("FRONTEND_ADDR", "frontend:80")
    tasks = [AllTasks]
    wait_time = between(1, 3)
