'use strict'
const axios = require('axios')

const makeNotificationService = ({ notificationSettings }) => {
  const client = axios.create({
    baseURL: notificationSettings.url,
    timeout: notificationSettings.timeout
  })

  // fire-and-forget from the caller's point of view: a failed e-mail must not
  // roll back a paid booking, so errors are logged and swallowed.
  const sendEmail = (payload) => {
    return client.post('/notification/sendEmail', { payload })
      .then(res => res.data)
      .catch(err => {
        console.error('notification-service unavailable:', err.message)
        return { sent: false }
      })
  }

  return Object.freeze({ sendEmail })
}

module.exports = { makeNotificationService }
