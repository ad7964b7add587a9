"""AppSync Lambda resolver: Query.searchFlights"""
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

import flight_repository

logger = Logger()
tracer = Tracer()
metrics = Metrics()


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> list[dict]:
    args = event.get("arguments", {})
    departure = args["departureCode"].upper()
    arrival = args["arrivalCode"].upper()
    date = args["departureDate"]

    logger.info("Searching flights", extra={"route": f"{departure}-{arrival}", "date": date})
    flights = flight_repository.find_flights(departure, arrival, date)
    metrics.add_metric(name="FlightSearches", unit=MetricUnit.Count, value=1)
    return flights
