from frappe.database import get_db


def reorder_item():
    """Create Material Requests for items below re-order level."""
    db = get_db()
    rows = db.sql(
        "select item_code, warehouse, warehouse_reorder_qty from `tabItem Reorder` r "
        "join `tabBin` b using (item_code, warehouse) where b.projected_qty < r.warehouse_reorder_level"
    )
    for item_code, warehouse, qty in rows:
        db.sql(
            "insert into `tabMaterial Request Item` (item_code, warehouse, qty) values (%s,%s,%s)",
            (item_code, warehouse, qty),
        )
