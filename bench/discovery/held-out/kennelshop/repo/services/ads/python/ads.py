import os
import random
import time

from flask import Flask, jsonify, send_from_directory
from flask_cors import CORS

from bootstrap import create_app_data
from models import Advertisement, db

DB_USERNAME = os.environ['POSTGRES_USER']
DB_PASSWORD = os.environ['POSTGRES_PASSWORD']
DB_HOST = os.environ.get('POSTGRES_HOST', 'postgres')
DB_NAME = os.environ.get('POSTGRES_DB', 'kennelshop_db')

app = Flask(__name__, static_folder='static')
CORS(app)
app.config['SQLALCHEMY_DATABASE_URI'] = (
    f'postgresql://{DB_USERNAME}:{DB_PASSWORD}@{DB_HOST}/{DB_NAME}'
)
app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
db.init_app(app)

with app.app_context():
    db.create_all()
    create_app_data()


@app.route('/')
def hello():
    return {'Hello from Advertisements!': 'world'}


@app.route('/banners/<path:banner>')
def banner_image(banner):
    return send_from_directory('static/ads', banner)


@app.route('/weighted-banners/<float:weight>')
def weighted_image(weight):
    ads = Advertisement.query.filter(Advertisement.weight >= weight).all()
    return jsonify([a.serialize() for a in ads])


@app.route('/ads', methods=['GET'])
def status():
    ads = Advertisement.query.all()
    if random.random() < 0.05:
        time.sleep(random.uniform(1, 3))
    return jsonify([a.serialize() for a in ads])
