'use strict'
const { ObjectID } = require('mongodb')

const repository = (container) => {
  const { database: db } = container.cradle

  const getCinemasByCity = (cityId) => {
    return db.collection('cinemas')
      .find({ city_id: cityId }, { projection: { _id: 1, name: 1 } })
      .toArray()
  }

  const getCinemaById = (cinemaId) => {
    return db.collection('cinemas')
      .findOne({ _id: new ObjectID(cinemaId) }, { projection: { _id: 1, name: 1, cinemaPremieres: 1 } })
  }

  const getCinemaScheduleByMovie = (options) => {
    const { cityId, movieId } = options
    const match = { $match: { city_id: cityId, 'cinemaRooms.schedules.movie_id': movieId } }
    const project = {
      $project: {
        name: 1,
        'cinemaRooms.schedules.time': 1,
        'cinemaRooms.name': 1,
        'cinemaRooms.format': 1
      }
    }
    const unwind = [{ $unwind: '$cinemaRooms' }, { $unwind: '$cinemaRooms.schedules' }]
    const group = [{
      $group: {
        _id: { name: '$name', room: '$cinemaRooms.name' },
        schedules: { $addToSet: '$cinemaRooms.schedules.time' }
      }
    }]

    return db.collection('cinemas')
      .aggregate([match, project, ...unwind, ...group])
      .toArray()
  }

  const disconnect = () => {}

  return Object.create({
    getCinemasByCity,
    getCinemaById,
    getCinemaScheduleByMovie,
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
