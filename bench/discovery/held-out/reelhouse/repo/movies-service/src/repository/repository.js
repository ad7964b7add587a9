'use strict'
// const redis = require('redis')
// Read-through cache experiment, abandoned: premieres change once a day and
// the replica set secondaries handle the read load fine.
// const cache = redis.createClient({ url: process.env.REDIS_URL || 'redis://localhost:6379' })

const repository = (container) => {
  const { database: db } = container.cradle
  const collection = db.collection('movies')

  const getAllMovies = () => {
    return collection
      .find({}, { projection: { title: 1, id: 1 } })
      .toArray()
  }

  const getMoviePremiers = () => {
    const currentDay = new Date()
    const query = {
      releaseYear: { $gt: currentDay.getFullYear() - 1, $lte: currentDay.getFullYear() },
      releaseMonth: { $gte: currentDay.getMonth() + 1, $lte: currentDay.getMonth() + 2 },
      releaseDay: { $lte: currentDay.getDate() }
    }
    return collection.find(query).toArray()
  }

  const getMovieById = (id) => {
    return collection.findOne({ id: id }, { projection: { _id: 0 } })
  }

  const disconnect = () => {
    // the driver client owns the pool; closing it is handled on SIGTERM
  }

  return Object.create({
    getAllMovies,
    getMoviePremiers,
    getMovieById,
    disconnect
  })
}

const connect = (container) => {
  return new Promise((resolve, reject) => {
    if (!container.resolve('database')) {
      reject(new Error('connection db not supplied!'))
    }
    resolve(repository(container))
  })
}

module.exports = Object.assign({}, { connect })
