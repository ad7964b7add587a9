import importlib
import json
import os

import boto3


def test_cancel_marks_booking_and_requests_refund(aws, lambda_context):
    import booking_repository
    importlib.reload(booking_repository)
    import cancel_booking
    importlib.reload(cancel_booking)

    booking_repository.create_pending("bk-1", "cust-42", "NA101")
    event = {"bookingId": "bk-1", "payment": {"paymentIntentId": "pi_123"}, "error": {"Error": "PaymentDeclined"}}

    result = cancel_booking.handler(event, lambda_context)

    assert result["status"] == "CANCELLED"
    msgs = boto3.client("sqs").receive_message(QueueUrl=os.environ["REFUND_QUEUE_URL"])["Messages"]
    assert json.loads(msgs[0]["Body"])["paymentIntentId"] == "pi_123"


def test_cancel_without_payment_sends_no_refund(aws, lambda_context):
    import booking_repository
    importlib.reload(booking_repository)
    import cancel_booking
    importlib.reload(cancel_booking)

    booking_repository.create_pending("bk-2", "cust-42", "NA101")
    cancel_booking.handler({"bookingId": "bk-2"}, lambda_context)

    resp = boto3.client("sqs").receive_message(QueueUrl=os.environ["REFUND_QUEUE_URL"])
    assert "Messages" not in resp
