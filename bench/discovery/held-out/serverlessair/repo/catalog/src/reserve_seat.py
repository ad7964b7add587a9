"""Step Functions task: reserve one seat on the requested outbound flight."""
from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext

import flight_repository
from flight_repository import SeatUnavailableError

logger = Logger()
tracer = Tracer()


class FlightFullyBookedError(Exception):
    """Surfaced to the state machine as error name 'FlightFullyBookedError'."""


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict, context: LambdaContext) -> dict:
    flight_id = event["outboundFlightId"]
    try:
        flight_repository.reserve_seat(flight_id)
    except SeatUnavailableError as err:
        logger.warning("Flight is fully booked", extra={"flightId": flight_id})
        raise FlightFullyBookedError(str(err)) from err

    logger.info("Seat reserved", extra={"flightId": flight_id})
    return {"status": "SEAT_RESERVED", "flightId": flight_id}
