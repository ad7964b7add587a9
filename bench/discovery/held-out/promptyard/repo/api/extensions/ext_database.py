from models.engine import db
from yard_app import YardApp


def init_app(app: YardApp):
    db.init_app(app)
