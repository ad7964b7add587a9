def get_exchange_rate(from_currency, to_currency, transaction_date=None):
    """Exchange rates come from the local Currency Exchange doctype.
    Currency Exchange Settings can point to exchangerate.host / frankfurter.app, but the
    default fresh site has 'Currency Exchange Settings.disabled = 1'."""
    from frappe.database import get_db

    row = get_db().sql(
        "select exchange_rate from `tabCurrency Exchange` where from_currency=%s and to_currency=%s "
        "order by date desc limit 1",
        (from_currency, to_currency),
    )
    return row[0][0] if row else 1.0
