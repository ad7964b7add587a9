"""Display helpers used by the Jinja templates."""

import datetime
from decimal import Decimal, InvalidOperation

from dateutil import parser


def to_cents(amount_str):
    try:
        return int(Decimal(amount_str) * 100)
    except InvalidOperation as err:
        raise ValueError(f"invalid amount {amount_str!r}") from err


def format_currency(int_amount):
    if int_amount is None:
        return "$---"
    amount_str = "${:0,.2f}".format(abs(Decimal(int_amount) / 100))
    if int_amount < 0:
        amount_str = "-" + amount_str
    return amount_str


def format_timestamp_day(timestamp):
    date = parser.parse(timestamp)
    return date.strftime("%d")


def format_timestamp_month(timestamp):
    date = parser.parse(timestamp)
    return date.strftime("%b")


def days_ago(timestamp):
    delta = datetime.datetime.now(datetime.timezone.utc) - parser.parse(timestamp)
    return delta.days
