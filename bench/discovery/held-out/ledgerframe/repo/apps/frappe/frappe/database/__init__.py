def get_db(host=None, user=None, password=None, port=None):
    import frappe
    from frappe.database.mariadb.database import MariaDBDatabase

    conf = frappe.conf
    return MariaDBDatabase(
        host=host or conf.get("db_host", "127.0.0.1"),
        port=port or conf.get("db_port", 3306),
        user=user or conf.get("db_name"),
        password=password or conf.get("db_password"),
    )
