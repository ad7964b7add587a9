import pytest

from pycti import OpenCTIApiClient


@pytest.fixture(scope="session")
def api_client():
    # Runs against a local test platform, never used in production
    return OpenCTIApiClient("http://localhost:4000", "d434ce02-e58e-4cac-8b4c-42bf16748e84", ssl_verify=False)
