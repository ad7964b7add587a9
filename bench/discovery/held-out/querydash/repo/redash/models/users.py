import hashlib
import logging
import time

from flask import current_app as app, request_started
from flask_login import AnonymousUserMixin, UserMixin, current_user
from passlib.apps import custom_app_context as pwd_context

from redash import redis_connection

from .base import Column, db, primary_key
from .mixins import BelongsToOrgMixin, TimestampMixin

logger = logging.getLogger(__name__)

LAST_ACTIVE_KEY = "users:last_active_at"


def sync_last_active_at():
    """Update User model with the active_at timestamp from Redis."""
    user_ids = redis_connection.hkeys(LAST_ACTIVE_KEY)
    for user_id in user_ids:
        timestamp = redis_connection.hget(LAST_ACTIVE_KEY, user_id)
        active_at = time.gmtime(float(timestamp))
        user = User.query.filter(User.id == user_id).first()
        if user:
            user.active_at = active_at
        redis_connection.hdel(LAST_ACTIVE_KEY, user_id)
    db.session.commit()


def update_user_active_at(sender, *args, **kwargs):
    if current_user.is_authenticated and not current_user.is_api_user():
        redis_connection.hset(LAST_ACTIVE_KEY, current_user.id, int(time.time()))


def init_app(app):
    request_started.connect(update_user_active_at, app)


class User(TimestampMixin, db.Model, BelongsToOrgMixin, UserMixin):
    id = primary_key("User")
    org_id = Column(db.Integer, db.ForeignKey("organizations.id"))
    org = db.relationship("Organization", backref=db.backref("users", lazy="dynamic"))
    name = Column(db.String(320))
    email = Column(db.String(255))
    password_hash = Column(db.String(128), nullable=True)
    api_key = Column(db.String(40), unique=True)
    disabled_at = Column(db.DateTime(True), default=None, nullable=True)
    details = Column(db.JSON, default={})

    __tablename__ = "users"

    def is_api_user(self):
        return False

    def hash_password(self, password):
        self.password_hash = pwd_context.encrypt(password)

    def verify_password(self, password):
        return self.password_hash and pwd_context.verify(password, self.password_hash)

    @property
    def gravatar_url(self):
        email_md5 = hashlib.md5(self.email.lower().encode()).hexdigest()
        return "https://www.gravatar.com/avatar/{}?s=40&d=identicon".format(email_md5)


class AnonymousUser(AnonymousUserMixin):
    def is_api_user(self):
        return False
