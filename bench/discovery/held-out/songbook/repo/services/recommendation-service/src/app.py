#
# Licensed to the Apache Software Foundation (ASF) under one or more
# contributor license agreements.  The ASF licenses this file to You under
# the Apache License, Version 2.0.
#
import os

from flask import Flask, jsonify, request

import clients

app = Flask(__name__)


@app.route('/health', methods=['GET'])
def health():
    return 'OK'


@app.route('/rcmd', methods=['GET'])
def recommend():
    genre = request.args.get('genre')
    songs = clients.fetch_songs(genre)
    ratings = clients.fetch_ratings()
    for song in songs:
        song['rating'] = ratings.get(song['id'])
    songs.sort(key=lambda s: s.get('rating') or 0, reverse=True)
    return jsonify(songs[:3])


if __name__ == '__main__':
    PORT = int(os.getenv('PORT', 80))
    app.run(host='0.0.0.0', port=PORT)
