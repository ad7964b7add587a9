import logging
import os
import random
import time

from flask import Flask, Response, jsonify, request
from flask_cors import CORS
from pythonjsonlogger import jsonlogger

from bootstrap import create_app_data
from models import Discount, DiscountType, db

DB_USERNAME = os.environ['POSTGRES_USER']
DB_PASSWORD = os.environ['POSTGRES_PASSWORD']
DB_HOST = os.environ.get('POSTGRES_HOST', 'postgres')
DB_NAME = os.environ.get('POSTGRES_DB', 'kennelshop_db')

handler = logging.StreamHandler()
handler.setFormatter(jsonlogger.JsonFormatter('%(asctime)s %(levelname)s %(message)s'))
logger = logging.getLogger(__name__)
logger.addHandler(handler)
logger.setLevel(logging.INFO)

app = Flask(__name__)
CORS(app)
app.config['SQLALCHEMY_DATABASE_URI'] = (
    f'postgresql://{DB_USERNAME}:{DB_PASSWORD}@{DB_HOST}:5432/{DB_NAME}'
)
app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
db.init_app(app)

with app.app_context():
    db.create_all()
    create_app_data()


@app.route('/')
def hello():
    return Response({'Hello from Discounts!': 'world'}, mimetype='application/json')


@app.route('/discount', methods=['GET', 'POST'])
def status():
    if request.method == 'GET':
        # Deliberately N+1-ish to give APM something to find
        discounts = Discount.query.all()
        for d in discounts:
            _ = DiscountType.query.get(d.discount_type_id)
        logger.info('Discounts available: %d', len(discounts))
        if random.random() < 0.02:
            time.sleep(2)
        return jsonify([d.serialize() for d in discounts])

    body = request.get_json(force=True)
    discount = Discount(name=body['name'], code=body['code'], value=int(body['value']))
    db.session.add(discount)
    db.session.commit()
    return jsonify(discount.serialize()), 201


@app.route('/discount/<code>')
def discount_by_code(code):
    discount = Discount.query.filter_by(code=code.upper()).first_or_404()
    return jsonify(discount.serialize())
