import importlib
from unittest.mock import patch


def test_process_booking_starts_workflow(aws, lambda_context):
    import booking_repository
    importlib.reload(booking_repository)
    import process_booking
    importlib.reload(process_booking)

    event = {
        "arguments": {"input": {"outboundFlightId": "NA101", "paymentToken": "tok_visa", "amount": 129}},
        "identity": {"sub": "cust-42"},
    }
    with patch.object(process_booking.sfn, "start_execution", return_value={"executionArn": "arn:x"}) as start:
        result = process_booking.handler(event, lambda_context)

    assert result["status"] == "PENDING"
    assert start.call_args.kwargs["stateMachineArn"].endswith("nimbus-process-booking-test")
