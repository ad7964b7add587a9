// Dev-server proxy: `npm start` serves the Angular app on :4200/:9000 and forwards
// API, OAuth2 and management calls to the gateway running locally with ./mvnw.
function setupProxy({ tls }) {
  const serverResources = ['/api', '/services', '/management', '/v3/api-docs', '/h2-console', '/oauth2', '/login', '/auth'];
  return [
    {
      context: serverResources,
      target: `http${tls ? 's' : ''}://localhost:8080`,
      secure: false,
      changeOrigin: tls,
    },
  ];
}

module.exports = setupProxy;
