import codecs
import datetime
import decimal
import hashlib
import json
import re
import uuid

import pystache
import pytz
import simplejson
from funcy import select_values

from redash import settings

COMMENTS_REGEX = re.compile(r"/\*.*?\*/")


def utcnow():
    return datetime.datetime.now(pytz.utc)


def slugify(s):
    return re.sub(r"[^a-z0-9_\-]+", "-", s.lower())


def gen_query_hash(sql):
    sql = COMMENTS_REGEX.sub("", sql)
    sql = "".join(sql.split()).lower()
    return hashlib.md5(sql.encode("utf-8")).hexdigest()


def generate_token(length):
    import random
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    rand = random.SystemRandom()
    return "".join(rand.choice(chars) for x in range(length))


class JSONEncoder(simplejson.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal):
            return float(o)
        elif isinstance(o, (datetime.date, datetime.time)):
            return o.isoformat()
        elif isinstance(o, uuid.UUID):
            return str(o)
        return super(JSONEncoder, self).default(o)


def json_loads(data, *args, **kwargs):
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    return json.loads(data, *args, **kwargs)


def json_dumps(data, *args, **kwargs):
    kwargs.setdefault("cls", JSONEncoder)
    kwargs.setdefault("encoding", None)
    return simplejson.dumps(data, *args, **kwargs)


def collect_parameters_from_request(args):
    parameters = {}
    for k, v in args.items():
        if k.startswith("p_"):
            parameters[k[2:]] = v
    return parameters


def base_url(org):
    if settings.MULTI_ORG:
        return "https://{}/{}".format(settings.HOST, org.slug)
    return settings.HOST


def filter_none(d):
    return select_values(lambda v: v is not None, d)


def render_template(path, context):
    from flask import render_template as flask_render_template
    return flask_render_template(path, **context)


def parse_human_time(s):
    import parsedatetime
    time_struct, _ = parsedatetime.Calendar().parse(s)
    return datetime.datetime(*time_struct[:6])
