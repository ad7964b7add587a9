import os

from sqlalchemy import Column, DateTime, Integer, String, Text, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

from findex_application.base.base_announcement_client import BaseAnnouncementClient

Base = declarative_base()

ANNOUNCEMENTS_DB_URI = os.environ.get(
    'ANNOUNCEMENTS_DB_URI', 'postgresql://findex:findex@announcements-db:5432/announcements')


class DBAnnouncement(Base):  # type: ignore
    __tablename__ = 'announcements'

    id = Column(Integer, primary_key=True)
    date = Column(DateTime)
    title = Column(String)
    content = Column(Text)


class SQLAlchemyAnnouncementClient(BaseAnnouncementClient):
    def __init__(self) -> None:
        self.engine = create_engine(ANNOUNCEMENTS_DB_URI, pool_pre_ping=True)
        self.session = sessionmaker(bind=self.engine)

    def get_posts(self) -> list:
        session = self.session()
        rows = session.query(DBAnnouncement).order_by(DBAnnouncement.date.desc()).limit(5).all()
        return [{'title': r.title, 'date': r.date.strftime('%b %d %Y'), 'html_content': r.content} for r in rows]
