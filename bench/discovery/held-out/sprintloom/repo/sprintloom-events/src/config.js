require('dotenv').config();

// The docker image gets RABBITMQ_HOST/USER/PASS/VHOST from docker-compose.yml;
// a full RABBITMQ_URL (see .env.example) wins when present.
function rabbitUrl(env) {
  if (env.RABBITMQ_URL) {
    return env.RABBITMQ_URL;
  }
  const user = encodeURIComponent(env.RABBITMQ_USER || 'guest');
  const pass = encodeURIComponent(env.RABBITMQ_PASS || 'guest');
  const host = env.RABBITMQ_HOST || 'localhost';
  const vhost = env.RABBITMQ_VHOST || '';
  return `amqp://${user}:${pass}@${host}:5672/${vhost}`;
}

module.exports = {
  rabbitUrl: rabbitUrl(process.env),
  secret: process.env.SPRINTLOOM_SECRET_KEY || process.env.SECRET,
  webSocketServerPort: parseInt(process.env.WEB_SOCKET_SERVER_PORT || '8888', 10),
  appPort: parseInt(process.env.APP_PORT || '3023', 10),
  exchange: 'events',
};
