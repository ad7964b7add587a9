'use strict';

// JWTs are issued by the auth service and verified locally with its public key;
// this service never calls the auth service.
const fs = require('fs');
const jwt = require('jsonwebtoken');

const ISSUER = process.env.JWT_ISSUER || 'https://skywardair.example.com';
const keyFile = process.env.JWT_PUBLIC_KEY_FILE || '/config/jwt/public-key.pem';

let publicKey;
function key() {
  if (!publicKey) publicKey = fs.readFileSync(keyFile, 'utf8');
  return publicKey;
}

function requireJwt(req, res, next) {
  if (process.env.SECURE_SERVICE_CALLS === 'false') return next();
  const header = req.get('Authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : req.cookies?.skyward_session;
  if (!token) return res.status(401).send('missing token');
  try {
    req.user = jwt.verify(token, key(), { algorithms: ['RS256'], issuer: ISSUER, audience: 'skyward-services' });
    return next();
  } catch (err) {
    return res.status(401).send('invalid token');
  }
}

module.exports = { requireJwt };
