from unittest.mock import patch

import pytest

from .. import AvataxConfiguration, api_post_request, get_api_url
from ..tasks import api_post_request_task


@pytest.fixture
def avatax_config():
    return AvataxConfiguration(
        username_or_account="test",
        password_or_license="test",
        use_sandbox=True,
    )


def test_get_api_url_sandbox():
    assert get_api_url(True) == "https://sandbox-rest.avatax.com/api/v2/"


@patch("cartwell.plugins.avatax.HTTPClient.send_request")
def test_api_post_request_returns_json(mocked_send, avatax_config):
    mocked_send.return_value.json.return_value = {"totalAmount": 10}
    response = api_post_request("http://localhost:8080/api/v2/transactions", {}, avatax_config)
    assert response == {"totalAmount": 10}


@pytest.mark.vcr
@pytest.mark.django_db
@patch("cartwell.plugins.avatax.tasks.api_post_request")
def test_api_post_request_task_missing_order(mocked_post, avatax_config):
    api_post_request_task(
        "https://sandbox-rest.avatax.com/api/v2/transactions/createoradjust",
        {},
        avatax_config.__dict__,
        order_id=-1,
    )
    mocked_post.assert_not_called()
