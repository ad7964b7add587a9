#!/usr/bin/env bash
# Generates a fresh JWT secret and matching anon / service_role API keys for docker/.env.
# Run on your laptop; requires openssl and node.
set -euo pipefail

JWT_SECRET=$(openssl rand -base64 48 | tr -d '\n' | cut -c1-40)

gen_key() {
  node -e "
    const crypto = require('crypto');
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const header = b64({ alg: 'HS256', typ: 'JWT' });
    const now = Math.floor(Date.now() / 1000);
    const payload = b64({ role: '$1', iss: 'basekit', iat: now, exp: now + 5 * 365 * 24 * 3600 });
    const sig = crypto.createHmac('sha256', '$JWT_SECRET').update(header + '.' + payload).digest('base64url');
    console.log(header + '.' + payload + '.' + sig);
  "
}

echo "JWT_SECRET=$JWT_SECRET"
echo "ANON_KEY=$(gen_key anon)"
echo "SERVICE_ROLE_KEY=$(gen_key service_role)"
echo "SECRET_KEY_BASE=$(openssl rand -base64 48)"
echo "VAULT_ENC_KEY=$(openssl rand -hex 16)"
