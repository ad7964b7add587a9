#!/usr/bin/env python3
"""Dev helper: fire a few thousand fake events at a locally running stack.

    python bin/dev-ingest-sample-events.py --token phc_changeme --count 5000
"""
import argparse
import json
import random
import urllib.request
import uuid
from datetime import datetime, timezone

CAPTURE_URL = "http://localhost:8010/batch"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--token", required=True)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    batch = [
        {
            "event": random.choice(["$pageview", "signed_up", "clicked_button"]),
            "distinct_id": f"user-{random.randint(1, 200)}",
            "uuid": str(uuid.uuid4()),
            "timestamp": datetime.now(tz=timezone.utc).isoformat(),
            "properties": {"$current_url": "http://localhost:3000/"},
        }
        for _ in range(args.count)
    ]
    req = urllib.request.Request(
        CAPTURE_URL,
        data=json.dumps({"api_key": args.token, "batch": batch}).encode(),
        headers={"Content-Type": "application/json"},
    )
    print(urllib.request.urlopen(req).read())


if __name__ == "__main__":
    main()
