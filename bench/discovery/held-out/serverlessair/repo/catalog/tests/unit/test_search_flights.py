import search_flights


def test_search_returns_flights_for_route(flight_table, lambda_context):
    flight_table.put_item(Item={"id": "NA101", "routeKey": "LHR#BCN", "departureDate": "2024-06-01T08:00", "seatCapacity": 150})
    flight_table.put_item(Item={"id": "NA205", "routeKey": "LHR#MAD", "departureDate": "2024-06-01T09:30", "seatCapacity": 150})

    event = {"arguments": {"departureCode": "lhr", "arrivalCode": "bcn", "departureDate": "2024-06-01"}}
    flights = search_flights.handler(event, lambda_context)

    assert [f["id"] for f in flights] == ["NA101"]
