import datetime
import hashlib
import logging

from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import backref

from redash import redis_connection, settings
from redash.query_runner import get_query_runner, with_ssh_tunnel
from redash.utils import gen_query_hash, json_dumps, json_loads, utcnow
from redash.utils.configuration import ConfigurationContainer

from .base import Column, db, primary_key
from .mixins import BelongsToOrgMixin, TimestampMixin
from .organizations import Organization
from .users import AnonymousUser, User

logger = logging.getLogger(__name__)


class DataSource(BelongsToOrgMixin, db.Model):
    """A user-configured connection to an external database (created from the UI)."""

    id = primary_key("DataSource")
    org_id = Column(db.Integer, db.ForeignKey("organizations.id"))
    org = db.relationship(Organization, backref="data_sources")
    name = Column(db.String(255))
    type = Column(db.String(255))
    options = Column("encrypted_options", db.Text)
    queue_name = Column(db.String(255), default="queries")
    scheduled_queue_name = Column(db.String(255), default="scheduled_queries")
    created_at = Column(db.DateTime(True), default=db.func.now())

    __tablename__ = "data_sources"

    @property
    def query_runner(self):
        configuration = ConfigurationContainer(json_loads(self.options or "{}"))
        query_runner = get_query_runner(self.type, configuration)
        return with_ssh_tunnel(query_runner, configuration.get("ssh_tunnel"))

    def get_schema(self, refresh=False):
        cache_key = "data_source:schema:{}".format(self.id)
        cache = None
        if not refresh:
            cache = redis_connection.get(cache_key)
        if cache is None:
            schema = sorted(self.query_runner.get_schema(get_stats=refresh), key=lambda t: t["name"])
            redis_connection.set(cache_key, json_dumps(schema))
        else:
            schema = json_loads(cache)
        return schema

    @classmethod
    def all(cls, org):
        return cls.query.filter(cls.org == org).order_by(cls.id.asc())


class QueryResult(db.Model, BelongsToOrgMixin):
    id = primary_key("QueryResult")
    org_id = Column(db.Integer, db.ForeignKey("organizations.id"))
    org = db.relationship(Organization)
    data_source_id = Column(db.Integer, db.ForeignKey("data_sources.id"))
    data_source = db.relationship(DataSource, backref=backref("query_results"))
    query_hash = Column(db.String(32), index=True)
    query_text = Column("query", db.Text)
    data = Column(db.Text)
    runtime = Column(postgresql.DOUBLE_PRECISION)
    retrieved_at = Column(db.DateTime(True))

    __tablename__ = "query_results"

    @classmethod
    def unused(cls, days=7):
        age_threshold = datetime.datetime.now() - datetime.timedelta(days=days)
        return (
            cls.query.filter(Query.id.is_(None), cls.retrieved_at < age_threshold)
            .outerjoin(Query)
        )

    @classmethod
    def get_latest(cls, data_source, query, max_age=0):
        query_hash = gen_query_hash(query)
        q = cls.query.filter(cls.query_hash == query_hash, cls.data_source == data_source)
        if max_age != -1:
            q = q.filter(
                db.func.timezone("utc", cls.retrieved_at) + datetime.timedelta(seconds=max_age)
                >= db.func.timezone("utc", db.func.now())
            )
        return q.order_by(cls.retrieved_at.desc()).first()

    @classmethod
    def store_result(cls, org, data_source, query_hash, query, data, run_time, retrieved_at):
        query_result = cls(
            org_id=org,
            query_hash=query_hash,
            query_text=query,
            runtime=run_time,
            data_source=data_source,
            retrieved_at=retrieved_at,
            data=data,
        )
        db.session.add(query_result)
        logger.info("Inserted query (%s) data; id=%s", query_hash, query_result.id)
        return query_result


class Query(TimestampMixin, BelongsToOrgMixin, db.Model):
    id = primary_key("Query")
    version = Column(db.Integer, default=1)
    org_id = Column(db.Integer, db.ForeignKey("organizations.id"))
    org = db.relationship(Organization, backref="queries")
    data_source_id = Column(db.Integer, db.ForeignKey("data_sources.id"), nullable=True)
    data_source = db.relationship(DataSource, backref="queries")
    latest_query_data_id = Column(db.Integer, db.ForeignKey("query_results.id"), nullable=True)
    latest_query_data = db.relationship(QueryResult)
    name = Column(db.String(255))
    query_text = Column("query", db.Text)
    query_hash = Column(db.String(32))
    api_key = Column(db.String(40))
    user_id = Column(db.Integer, db.ForeignKey("users.id"))
    user = db.relationship(User, foreign_keys=[user_id])
    is_archived = Column(db.Boolean, default=False, index=True)
    is_draft = Column(db.Boolean, default=True, index=True)
    schedule = Column(db.JSON, nullable=True)
    schedule_failures = Column(db.Integer, default=0)
    options = Column(db.JSON, default={})

    __tablename__ = "queries"

    @classmethod
    def outdated_queries(cls):
        queries = (
            Query.query.options(db.joinedload(Query.latest_query_data).load_only("retrieved_at"))
            .filter(Query.schedule.isnot(None))
            .order_by(Query.id)
        )
        now = utcnow()
        outdated = {}
        for query in queries:
            if query.schedule and query.schedule.get("interval"):
                retrieved_at = query.latest_query_data.retrieved_at if query.latest_query_data else None
                interval = int(query.schedule["interval"])
                if retrieved_at is None or (now - retrieved_at).total_seconds() > interval:
                    outdated[query.query_hash] = query
        return list(outdated.values())

    @classmethod
    def update_latest_result(cls, query_result):
        queries = Query.query.filter(
            Query.query_hash == query_result.query_hash,
            Query.data_source == query_result.data_source,
        )
        for q in queries:
            q.latest_query_data = query_result
            db.session.add(q)
        return [q.id for q in queries]


class Dashboard(TimestampMixin, BelongsToOrgMixin, db.Model):
    id = primary_key("Dashboard")
    version = Column(db.Integer)
    org_id = Column(db.Integer, db.ForeignKey("organizations.id"))
    org = db.relationship(Organization, backref="dashboards")
    slug = Column(db.String(140), index=True)
    name = Column(db.String(100))
    user_id = Column(db.Integer, db.ForeignKey("users.id"))
    user = db.relationship(User)
    layout = Column(db.Text)
    is_archived = Column(db.Boolean, default=False, index=True)
    is_draft = Column(db.Boolean, default=True, index=True)

    __tablename__ = "dashboards"


class NotificationDestination(BelongsToOrgMixin, db.Model):
    """Alert destinations (Slack, webhook, email...). Rows are created from the UI."""

    id = primary_key("NotificationDestination")
    org_id = Column(db.Integer, db.ForeignKey("organizations.id"))
    org = db.relationship(Organization, backref="notification_destinations")
    name = Column(db.String(255))
    type = Column(db.String(255))
    options = Column("encrypted_options", db.Text)

    __tablename__ = "notification_destinations"


def init_db():
    default_org = Organization(name="Default", slug="default", settings={})
    db.session.add(default_org)
    db.session.commit()
    return default_org
