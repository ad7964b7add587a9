from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Advertisement(db.Model):
    __tablename__ = 'advertisement'
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(128))
    url = db.Column(db.String(256))
    path = db.Column(db.String(128))
    weight = db.Column(db.Float, default=1.0)

    def serialize(self):
        return {'id': self.id, 'name': self.name, 'url': self.url, 'path': self.path}
