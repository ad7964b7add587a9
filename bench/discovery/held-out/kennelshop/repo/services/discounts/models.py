from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class DiscountType(db.Model):
    __tablename__ = 'discount_type'
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(128))
    price_modifier = db.Column(db.Float)
    discount_query = db.Column(db.String(128))

    def serialize(self):
        return {'id': self.id, 'name': self.name, 'price_modifier': self.price_modifier}


class Discount(db.Model):
    __tablename__ = 'discount'
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(128))
    code = db.Column(db.String(64))
    value = db.Column(db.Integer)
    discount_type_id = db.Column(db.Integer, db.ForeignKey('discount_type.id'))
    discount_type = db.relationship('DiscountType', lazy='joined')

    def serialize(self):
        return {
            'id': self.id,
            'name': self.name,
            'code': self.code,
            'value': self.value,
            'discount_type': self.discount_type.serialize() if self.discount_type else None,
        }
