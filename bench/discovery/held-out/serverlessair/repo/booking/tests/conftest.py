import os
import sys

import boto3
import pytest
from moto import mock_aws

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

os.environ.update(
    {
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "BOOKING_TABLE_NAME": "nimbus-bookings-test",
        "REFUND_QUEUE_URL": "https://sqs.eu-west-1.amazonaws.com/123456789012/nimbus-payment-refunds-test",
        "STATE_MACHINE_ARN": "arn:aws:states:eu-west-1:123456789012:stateMachine:nimbus-process-booking-test",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "NimbusAirTest",
    }
)


@pytest.fixture
def aws():
    with mock_aws():
        ddb = boto3.resource("dynamodb")
        ddb.create_table(
            TableName=os.environ["BOOKING_TABLE_NAME"],
            BillingMode="PAY_PER_REQUEST",
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        )
        boto3.client("sqs").create_queue(QueueName="nimbus-payment-refunds-test")
        yield


@pytest.fixture
def lambda_context():
    class Ctx:
        function_name = "test"
        memory_limit_in_mb = 128
        invoked_function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:test"
        aws_request_id = "req-1"

    return Ctx()
