from sqlalchemy.orm.attributes import flag_modified

from .base import Column, db, primary_key
from .mixins import TimestampMixin


class Organization(TimestampMixin, db.Model):
    SETTING_GOOGLE_APPS_DOMAINS = "google_apps_domains"
    SETTING_IS_PUBLIC = "is_public"

    id = primary_key("Organization")
    name = Column(db.String(255))
    slug = Column(db.String(255), unique=True)
    settings = Column(db.JSON, default={})

    __tablename__ = "organizations"

    def __str__(self):
        return "%s (%s)" % (self.name, self.id)

    @classmethod
    def get_by_slug(cls, slug):
        return cls.query.filter(cls.slug == slug).first()

    def set_setting(self, key, value):
        self.settings.setdefault("settings", {})[key] = value
        flag_modified(self, "settings")
