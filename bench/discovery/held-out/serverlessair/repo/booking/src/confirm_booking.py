"""Step Functions task: confirm a booking once payment has been authorised."""
from aws_lambda_powertools import Logger, Tracer

import booking_repository

logger = Logger()
tracer = Tracer()


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event, context):
    booking_id = event["bookingId"]
    reference = booking_repository.new_booking_reference()
    booking_repository.mark_confirmed(booking_id, reference)
    tracer.put_annotation(key="BookingReference", value=reference)
    logger.info("Booking confirmed", extra={"bookingId": booking_id, "reference": reference})
    return {"bookingReference": reference}
