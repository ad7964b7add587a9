"""
Load profile for the Copperkettle gateway.

    locust -f locustfile.py --host http://localhost:8003

In docker-compose the `locust` service runs this headless against
http://gateway:8000 (see docker-compose.yml, profile "loadtest").
"""
import random

from locust import HttpUser, between, task

ROAST_IDS = ["ethiopia-guji", "colombia-huila", "kenya-nyeri", "kettle-house"]


class CoffeeShopper(HttpUser):
    wait_time = between(0.5, 3)

    @task(10)
    def browse(self):
        self.client.get("/roasts")

    @task(5)
    def view_roast(self):
        roast_id = random.choice(ROAST_IDS)
        self.client.get("/roasts/{}".format(roast_id), name="/roasts/[id]")

    @task(2)
    def order_and_pay(self):
        with self.client.post(
            "/orders",
            json={
                "customer_email": "loadtest+{}@copperkettle.coffee".format(random.randint(1, 10_000)),
                "lines": [{"roast_id": random.choice(ROAST_IDS), "quantity": 1}],
            },
            catch_response=True,
        ) as response:
            if response.status_code == 409:
                # out of stock is an expected outcome under load
                response.success()
                return
            order_id = response.json()["id"]

        self.client.get("/orders/{}".format(order_id), name="/orders/[id]")
        self.client.post(
            "/orders/{}/payment".format(order_id),
            json={"card_token": "tok_visa"},
            name="/orders/[id]/payment",
        )
