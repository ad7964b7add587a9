"""AppSync Lambda resolver: Mutation.processBooking

Stores a PENDING booking and starts the ProcessBooking state machine. The client
polls Query.getBookingsByCustomer to see the final status.
"""
import json
import os
import uuid

import boto3
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

import booking_repository

logger = Logger()
tracer = Tracer()
metrics = Metrics()

sfn = boto3.client("stepfunctions")
STATE_MACHINE_ARN = os.environ["STATE_MACHINE_ARN"]


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def handler(event, context):
    args = event["arguments"]["input"]
    customer_id = event["identity"]["sub"]
    booking_id = str(uuid.uuid4())

    booking_repository.create_pending(booking_id, customer_id, args["outboundFlightId"])

    execution = sfn.start_execution(
        stateMachineArn=STATE_MACHINE_ARN,
        name=booking_id,
        input=json.dumps(
            {
                "bookingId": booking_id,
                "customerId": customer_id,
                "outboundFlightId": args["outboundFlightId"],
                "chargeToken": args["paymentToken"],
                "amount": args["amount"],
                "currency": args.get("currency", "EUR"),
            }
        ),
    )
    logger.info("Booking workflow started", extra={"bookingId": booking_id, "executionArn": execution["executionArn"]})
    metrics.add_metric(name="BookingsRequested", unit=MetricUnit.Count, value=1)

    return {"id": booking_id, "status": "PENDING"}
