from datetime import datetime, timezone


def strftime_localized(dtime, fmt="%b %d, %Y"):
    return dtime.strftime(fmt)


def now_utc():
    return datetime.now(timezone.utc)


def to_timestamp(dtime):
    return int(dtime.replace(tzinfo=dtime.tzinfo or timezone.utc).timestamp())
