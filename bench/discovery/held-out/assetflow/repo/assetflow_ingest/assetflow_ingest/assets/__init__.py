from . import erp, hubspot_crm, orders

__all__ = ["erp", "hubspot_crm", "orders"]
