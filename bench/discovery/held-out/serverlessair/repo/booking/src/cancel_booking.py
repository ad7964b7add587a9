"""Step Functions task: cancel a booking and ask the payment service for a refund.

Refunds are processed asynchronously by the payment stack, which consumes RefundQueue.
"""
import json
import os

import boto3
from aws_lambda_powertools import Logger, Tracer

import booking_repository

logger = Logger()
tracer = Tracer()

sqs = boto3.client("sqs")
REFUND_QUEUE_URL = os.environ["REFUND_QUEUE_URL"]
# LEGACY_NOTIFY_QUEUE_URL = os.environ.get("LEGACY_NOTIFY_QUEUE_URL")


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event, context):
    booking_id = event["bookingId"]
    reason = (event.get("error") or {}).get("Error", "Unknown")
    booking_repository.mark_cancelled(booking_id, reason)

    payment_intent = (event.get("payment") or {}).get("paymentIntentId")
    if payment_intent:
        sqs.send_message(
            QueueUrl=REFUND_QUEUE_URL,
            MessageBody=json.dumps(
                {"bookingId": booking_id, "paymentIntentId": payment_intent, "reason": "booking_cancelled"}
            ),
            MessageAttributes={"bookingId": {"DataType": "String", "StringValue": booking_id}},
        )
        logger.info("Refund requested", extra={"bookingId": booking_id})

    # Replaced by the BookingTopic subscription in the loyalty stack (2023-11).
    # if LEGACY_NOTIFY_QUEUE_URL:
    #     sqs.send_message(QueueUrl=LEGACY_NOTIFY_QUEUE_URL, MessageBody=json.dumps({"bookingId": booking_id, "status": "CANCELLED"}))

    return {"status": "CANCELLED", "bookingId": booking_id}
