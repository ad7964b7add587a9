import datetime


def now_datetime():
    return datetime.datetime.now()


def cint(s, default=0):
    try:
        return int(float(s))
    except Exception:
        return default


def cstr(s):
    return "" if s is None else str(s)
