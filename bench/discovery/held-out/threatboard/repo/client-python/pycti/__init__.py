from .api.opencti_api_client import OpenCTIApiClient
from .connector.opencti_connector_helper import OpenCTIConnectorHelper, get_config_variable

__version__ = "5.12.32"
__all__ = ["OpenCTIApiClient", "OpenCTIConnectorHelper", "get_config_variable"]
