#!/usr/bin/env python3
"""Simple script which attempts to ping the Redis broker as set in the environment."""
import os
import sys
import time

import click
from redis import Redis


@click.command(context_settings={"show_default": True})
@click.option("--retry-count", default=5, type=int)
@click.option("--retry-sleep", default=5, type=int)
def wait(retry_count: int, retry_sleep: int) -> None:
    redis_url = os.getenv("DOCUVAULT_REDIS", "redis://localhost:6379")
    print(f"Waiting for Redis at {redis_url}...")
    for attempt in range(retry_count):
        try:
            Redis.from_url(url=redis_url).ping()
            print("Connected to Redis broker.")
            return
        except Exception as e:  # noqa: BLE001
            print(f"Redis ping #{attempt} failed: {e}")
            time.sleep(retry_sleep)
    print("Failed to connect to redis using environment variable DOCUVAULT_REDIS.")
    sys.exit(1)


if __name__ == "__main__":
    wait()
