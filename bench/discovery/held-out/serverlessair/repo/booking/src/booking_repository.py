"""Data access for the BookingTable."""
import os
import secrets
import string
from datetime import datetime, timezone

import boto3

_dynamodb = boto3.resource("dynamodb", endpoint_url=os.environ.get("DYNAMODB_ENDPOINT") or None)
table = _dynamodb.Table(os.environ["BOOKING_TABLE_NAME"])

_REF_ALPHABET = string.ascii_uppercase + string.digits


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def new_booking_reference() -> str:
    return "".join(secrets.choice(_REF_ALPHABET) for _ in range(6))


def create_pending(booking_id: str, customer_id: str, flight_id: str) -> dict:
    item = {
        "id": booking_id,
        "customerId": customer_id,
        "outboundFlightId": flight_id,
        "status": "PENDING",
        "createdAt": _now(),
    }
    table.put_item(Item=item, ConditionExpression="attribute_not_exists(id)")
    return item


def mark_confirmed(booking_id: str, reference: str) -> None:
    table.update_item(
        Key={"id": booking_id},
        UpdateExpression="SET #s = :s, bookingReference = :r, updatedAt = :u",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": "CONFIRMED", ":r": reference, ":u": _now()},
    )


def mark_cancelled(booking_id: str, reason: str) -> None:
    table.update_item(
        Key={"id": booking_id},
        UpdateExpression="SET #s = :s, cancelReason = :c, updatedAt = :u",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": "CANCELLED", ":c": reason, ":u": _now()},
    )
