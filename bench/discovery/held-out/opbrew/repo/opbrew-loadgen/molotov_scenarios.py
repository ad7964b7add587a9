import os
import random

from molotov import scenario

BASE = os.environ.get("OPBEANS_BASE_URL", "http://localhost:8000")


@scenario(weight=40)
async def products(session):
    async with session.get(BASE + "/api/products") as resp:
        assert resp.status == 200


@scenario(weight=20)
async def product(session):
    async with session.get("{}/api/products/{}".format(BASE, random.randint(1, 4))) as resp:
        assert resp.status in (200, 404)


@scenario(weight=40)
async def stats(session):
    async with session.get(BASE + "/api/stats") as resp:
        assert resp.status == 200
