'use strict'
const status = require('http-status')

module.exports = (app, container) => {
  const repo = container.resolve('repo')

  app.get('/movies', (req, res, next) => {
    repo.getAllMovies().then(movies => {
      res.status(status.OK).json(movies)
    }).catch(next)
  })

  app.get('/movies/premieres', (req, res, next) => {
    repo.getMoviePremiers().then(movies => {
      res.status(status.OK).json(movies)
    }).catch(next)
  })

  app.get('/movies/:id', (req, res, next) => {
    repo.getMovieById(req.params.id).then(movie => {
      if (!movie) return res.status(status.NOT_FOUND).json({ message: 'movie not found' })
      res.status(status.OK).json(movie)
    }).catch(next)
  })
}
