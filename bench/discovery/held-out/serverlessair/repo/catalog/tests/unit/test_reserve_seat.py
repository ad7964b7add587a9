import pytest

import reserve_seat
import release_seat


def _seed(table, capacity):
    table.put_item(Item={"id": "NA101", "routeKey": "LHR#BCN", "departureDate": "2024-06-01T08:00", "seatCapacity": capacity})


def test_reserve_decrements_capacity(flight_table, lambda_context):
    _seed(flight_table, 2)
    result = reserve_seat.handler({"outboundFlightId": "NA101"}, lambda_context)
    assert result["status"] == "SEAT_RESERVED"
    assert flight_table.get_item(Key={"id": "NA101"})["Item"]["seatCapacity"] == 1


def test_reserve_fails_when_full(flight_table, lambda_context):
    _seed(flight_table, 0)
    with pytest.raises(reserve_seat.FlightFullyBookedError):
        reserve_seat.handler({"outboundFlightId": "NA101"}, lambda_context)


def test_release_increments_capacity(flight_table, lambda_context):
    _seed(flight_table, 0)
    release_seat.handler({"outboundFlightId": "NA101"}, lambda_context)
    assert flight_table.get_item(Key={"id": "NA101"})["Item"]["seatCapacity"] == 1
