#!/usr/bin/env python3
"""Seed the flight catalog with a week of sample schedules.

Run manually from a workstation after the first deploy:

    python scripts/seed_flights.py --table nimbus-flights-dev
    python scripts/seed_flights.py --table nimbus-flights-local --endpoint http://localhost:8000
"""
import argparse
import datetime as dt
import random

import boto3

ROUTES = [("LHR", "BCN"), ("LHR", "MAD"), ("MAN", "LIS"), ("DUB", "AMS"), ("EDI", "CDG")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True)
    parser.add_argument("--endpoint", default=None)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()

    table = boto3.resource("dynamodb", endpoint_url=args.endpoint).Table(args.table)
    start = dt.date.today()
    with table.batch_writer() as batch:
        for day in range(args.days):
            date = start + dt.timedelta(days=day)
            for n, (dep, arr) in enumerate(ROUTES):
                hour = 6 + n * 2
                batch.put_item(
                    Item={
                        "id": f"NA{100 + n}{date:%m%d}",
                        "flightNumber": f"NA{100 + n}",
                        "routeKey": f"{dep}#{arr}",
                        "departureCode": dep,
                        "arrivalCode": arr,
                        "departureDate": f"{date.isoformat()}T{hour:02d}:00",
                        "ticketPrice": random.choice([79, 99, 129, 159]),
                        "ticketCurrency": "EUR",
                        "seatCapacity": 180,
                    }
                )
    print(f"Seeded {args.days * len(ROUTES)} flights into {args.table}")


if __name__ == "__main__":
    main()
