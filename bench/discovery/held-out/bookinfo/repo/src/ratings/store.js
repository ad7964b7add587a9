// Rating storage back ends.
//
// v1 keeps everything in memory. v2 reads from a database chosen by DB_TYPE:
//   DB_TYPE=mysql  -> MYSQL_DB_HOST / MYSQL_DB_PORT / MYSQL_DB_USER / MYSQL_DB_PASSWORD
//   anything else  -> MongoDB at MONGO_DB_URL
'use strict'

const { MongoClient } = require('mongodb')
const mysql = require('mysql2')

const userAddedRatings = []

class MemoryStore {
  async get (productId) {
    const firstRating = userAddedRatings[productId] ? userAddedRatings[productId].Reviewer1 : 5
    const secondRating = userAddedRatings[productId] ? userAddedRatings[productId].Reviewer2 : 4
    return { Reviewer1: firstRating, Reviewer2: secondRating }
  }

  async put (productId, ratings) {
    userAddedRatings[productId] = ratings
    return ratings
  }
}

class MongoStore {
  constructor (url) {
    this.url = url
  }

  async get (productId) {
    const client = new MongoClient(this.url)
    try {
      await client.connect()
      const data = await client.db('test').collection('ratings').find({}).toArray()
      let firstRating = 0
      let secondRating = 0
      if (data[0]) firstRating = data[0].rating
      if (data[1]) secondRating = data[1].rating
      return { Reviewer1: firstRating, Reviewer2: secondRating }
    } finally {
      await client.close()
    }
  }

  async put () {
    throw new Error('ratings v2 is read-only')
  }
}

class MysqlStore {
  constructor (opts) {
    this.opts = opts
  }

  get (productId) {
    return new Promise((resolve, reject) => {
      const connection = mysql.createConnection(this.opts)
      connection.connect((err) => {
        if (err) return reject(err)
        connection.query('SELECT Rating FROM ratings', (err, results) => {
          connection.end()
          if (err) return reject(err)
          resolve({
            Reviewer1: results[0] ? results[0].Rating : 0,
            Reviewer2: results[1] ? results[1].Rating : 0
          })
        })
      })
    })
  }

  async put () {
    throw new Error('ratings v2 is read-only')
  }
}

function createStore (env) {
  if (env.SERVICE_VERSION !== 'v2') {
    return new MemoryStore()
  }
  if (env.DB_TYPE === 'mysql') {
    return new MysqlStore({
      host: env.MYSQL_DB_HOST,
      port: env.MYSQL_DB_PORT,
      user: env.MYSQL_DB_USER,
      password: env.MYSQL_DB_PASSWORD,
      database: 'test'
    })
  }
  return new MongoStore(env.MONGO_DB_URL)
}

module.exports = { createStore, MemoryStore }
