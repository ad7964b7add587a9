"""Thin data-access layer over the FlightTable DynamoDB table."""
import os
from decimal import Decimal
from typing import Any

import boto3
from boto3.dynamodb.conditions import Key
from botocore.exceptions import ClientError

_TABLE = None


class SeatUnavailableError(Exception):
    """Raised when a flight has no seats left to reserve."""


def _table():
    global _TABLE
    if _TABLE is None:
        endpoint = os.environ.get("DYNAMODB_ENDPOINT")  # only set by env.local.json for sam local
        resource = boto3.resource("dynamodb", endpoint_url=endpoint) if endpoint else boto3.resource("dynamodb")
        _TABLE = resource.Table(os.environ["FLIGHT_TABLE_NAME"])
    return _TABLE


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: (int(v) if isinstance(v, Decimal) else v) for k, v in item.items()}


def find_flights(departure_code: str, arrival_code: str, departure_date: str) -> list[dict]:
    response = _table().query(
        IndexName="byRouteAndDate",
        KeyConditionExpression=Key("routeKey").eq(f"{departure_code}#{arrival_code}")
        & Key("departureDate").begins_with(departure_date),
    )
    return [_clean(i) for i in response.get("Items", [])]


def reserve_seat(flight_id: str) -> None:
    try:
        _table().update_item(
            Key={"id": flight_id},
            ConditionExpression="attribute_exists(id) AND seatCapacity > :zero",
            UpdateExpression="SET seatCapacity = seatCapacity - :one",
            ExpressionAttributeValues={":one": 1, ":zero": 0},
        )
    except ClientError as err:
        if err.response["Error"]["Code"] == "ConditionalCheckFailedException":
            raise SeatUnavailableError(f"No seats left on flight {flight_id}") from err
        raise


def release_seat(flight_id: str) -> None:
    _table().update_item(
        Key={"id": flight_id},
        ConditionExpression="attribute_exists(id)",
        UpdateExpression="SET seatCapacity = seatCapacity + :one",
        ExpressionAttributeValues={":one": 1},
    )
