'use strict'
// Loyalty points integration - parked until the loyalty team ships their API.
// Not registered in di.js.
//
// const axios = require('axios')
//
// const makeLoyaltyService = ({ loyaltySettings }) => {
//   const addPoints = (userId, amount) =>
//     axios.post(`${loyaltySettings.url}/points`, { userId, points: Math.floor(amount) })
//   return Object.freeze({ addPoints })
// }
//
// module.exports = { makeLoyaltyService }

module.exports = {}
