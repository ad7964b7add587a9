"""Step Functions task: release a previously reserved seat (compensation step)."""
from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext

import flight_repository

logger = Logger()
tracer = Tracer()


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict, context: LambdaContext) -> dict:
    flight_id = event["outboundFlightId"]
    flight_repository.release_seat(flight_id)
    logger.info("Seat released", extra={"flightId": flight_id})
    return {"status": "SEAT_RELEASED", "flightId": flight_id}
