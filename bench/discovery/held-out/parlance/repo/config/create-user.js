const path = require('path');
require('module-alias')({ base: path.resolve(__dirname, '..', 'api') });
const bcrypt = require('bcryptjs');
const connect = require('./connect');
const User = require('~/models/User');

(async () => {
  await connect();

  const [email, name, username, password] = process.argv.slice(2);
  if (!email || !password) {
    console.red('Usage: npm run create-user <email> <name> <username> <password>');
    process.exit(1);
  }

  const existing = await User.findOne({ email });
  if (existing) {
    console.red('Error: A user with that email already exists!');
    process.exit(1);
  }

  const hash = await bcrypt.hash(password, 10);
  await User.create({ email, name, username, password: hash, emailVerified: true, provider: 'local' });
  console.green(`User created successfully: ${email}`);
  process.exit(0);
})();
