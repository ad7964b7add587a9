const express = require('express');
const async = require('async');
const { Pool } = require('pg');
const cookieParser = require('cookie-parser');
const path = require('path');
const { collectVotesFromResult } = require('./votes');

const app = express();
const server = require('http').Server(app);
const io = require('socket.io')(server);

const port = process.env.PORT || 80;
const connectionString =
  process.env.PG_CONNECTION || 'postgres://postgres:postgres@db/postgres';

// The first version kept running totals in Redis; totals now come straight from Postgres.
// const redis = require('redis').createClient({ host: 'redis', port: 6379 });
// redis.on('message', (channel, msg) => io.sockets.emit('scores', msg));

io.on('connection', (socket) => {
  socket.emit('message', { text: 'Welcome!' });

  socket.on('subscribe', (data) => {
    socket.join(data.channel);
  });
});

const pool = new Pool({ connectionString });

async.retry(
  { times: 1000, interval: 1000 },
  (callback) => {
    pool.connect((err, client, done) => {
      if (err) {
        console.error('Waiting for db');
      }
      callback(err, client);
    });
  },
  (err, client) => {
    if (err) {
      return console.error('Giving up');
    }
    console.log('Connected to db');
    getVotes(client);
  }
);

function getVotes(client) {
  client.query('SELECT vote, COUNT(id) AS count FROM votes GROUP BY vote', [], (err, result) => {
    if (err) {
      console.error('Error performing query: ' + err);
    } else {
      const votes = collectVotesFromResult(result);
      io.sockets.emit('scores', JSON.stringify(votes));
    }

    setTimeout(() => getVotes(client), 1000);
  });
}

app.use(cookieParser());
app.use(express.urlencoded({ extended: true }));
app.use(express.static(path.join(__dirname, 'views')));

app.get('/', (req, res) => {
  res.sendFile(path.resolve(__dirname, 'views', 'index.html'));
});

app.get('/healthz', (req, res) => res.send('ok'));

if (require.main === module) {
  server.listen(port, () => {
    console.log('App running on port ' + server.address().port);
  });
}

module.exports = { app, server };
