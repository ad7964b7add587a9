from .hubspot import HubSpotResource
from .mysql import ErpMySQLResource
from .postgres import OrdersDatabaseResource

__all__ = ["HubSpotResource", "ErpMySQLResource", "OrdersDatabaseResource"]
