export const environment = {
  production: false,
  hmr: false,
  apiUrl: 'http://localhost:9000',
  originServerUrl: 'http://localhost:9000',
  embedUrl: 'http://localhost:9000'
}
