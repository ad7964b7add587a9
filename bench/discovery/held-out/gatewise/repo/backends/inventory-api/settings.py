import os

PORT = int(os.environ.get("INVENTORY_PORT", "5000"))
INITIAL_STOCK = {
    "SKU-001": 120,
    "SKU-002": 15,
    "SKU-003": 0,
}
