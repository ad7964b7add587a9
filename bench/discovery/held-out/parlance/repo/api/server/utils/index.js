const sendEmail = require('./sendEmail');
const handleText = require('./handleText');

module.exports = { sendEmail, ...handleText };
