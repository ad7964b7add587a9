// Local development server only (npm run dev). In production the bundle is served by Django.
const express = require('express')
const path = require('path')

const app = express()
const port = process.env.PORT || 8080

if (process.env.NODE_ENV === 'local') {
  const webpack = require('webpack')
  const webpackMiddleware = require('webpack-dev-middleware')
  const config = require('../webpack/webpack.config.local')
  app.use(webpackMiddleware(webpack(config), { publicPath: '/' }))
}

app.get('/config/project-overrides', (req, res) => {
  res.setHeader('content-type', 'application/javascript')
  res.send(`window.projectOverrides = ${JSON.stringify({ api: process.env.API_URL || 'http://localhost:8000/api/v1/' })};`)
})

app.use(express.static(path.join(__dirname, '../public')))
app.get('/*', (req, res) => res.sendFile(path.join(__dirname, '../public/index.html')))

app.listen(port, () => console.log(`Dev server listening on ${port}`))
