import pandas as pd

from assetflow_analytics.assets.revenue import fct_invoiced_revenue


def test_invoiced_revenue_groups_by_month():
    invoices = pd.DataFrame(
        {
            "invoice_no": [1, 2],
            "customer_no": ["C1", "C2"],
            "invoice_date": ["2024-01-03", "2024-01-20"],
            "net_amount": [100.0, 50.0],
            "tax_amount": [21.0, 10.5],
            "currency": ["EUR", "EUR"],
        }
    )
    out = fct_invoiced_revenue(invoices)
    assert out.loc[0, "GROSS_AMOUNT"] == 181.5
