#!/usr/bin/env python
"""
Load the sample roast catalogue into a running stack.

    python scripts/seed_roasts.py --amqp-uri pyamqp://guest:guest@localhost:5672/

Developer convenience only - not shipped in any image.
"""
import argparse

from nameko.standalone.rpc import ClusterRpcProxy

ROASTS = [
    {"id": "ethiopia-guji", "name": "Guji Natural", "origin": "Ethiopia",
     "roast_level": "light", "bag_grams": 250, "price_pence": 1150, "in_stock": 40},
    {"id": "colombia-huila", "name": "Huila Washed", "origin": "Colombia",
     "roast_level": "medium", "bag_grams": 250, "price_pence": 995, "in_stock": 60},
    {"id": "kenya-nyeri", "name": "Nyeri AA", "origin": "Kenya",
     "roast_level": "light", "bag_grams": 250, "price_pence": 1295, "in_stock": 25},
    {"id": "kettle-house", "name": "Kettle House Espresso", "origin": "Brazil / Colombia",
     "roast_level": "espresso", "bag_grams": 1000, "price_pence": 3200, "in_stock": 30},
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--amqp-uri", default="pyamqp://guest:guest@localhost:5672/")
    args = parser.parse_args()

    config = {"AMQP_URI": args.amqp_uri, "rpc_exchange": "copperkettle-rpc"}
    with ClusterRpcProxy(config) as cluster:
        for roast in ROASTS:
            cluster.products.create(roast)
            print("seeded", roast["id"])


if __name__ == "__main__":
    main()
