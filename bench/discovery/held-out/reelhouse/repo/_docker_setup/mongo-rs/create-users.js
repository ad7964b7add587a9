// Run once against the primary after rs.initiate().
/* global db, print */
const admin = db.getSiblingDB('admin')

admin.createUser({
  user: 'root',
  pwd: 'changeme-root',
  roles: [{ role: 'root', db: 'admin' }]
})

admin.auth('root', 'changeme-root')

const serviceDbs = ['reel_movies', 'reel_cinemas', 'reel_booking', 'reel_payment']

admin.createUser({
  user: 'reelhouse',
  pwd: 'changeme',
  roles: serviceDbs.map(name => ({ role: 'readWrite', db: name }))
})

serviceDbs.forEach(name => print(`granted readWrite on ${name}`))
