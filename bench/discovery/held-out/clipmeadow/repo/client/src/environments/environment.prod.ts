export const environment = {
  production: true,
  hmr: false,
  // Same origin: the client is served by the Clipmeadow server behind nginx
  apiUrl: '',
  originServerUrl: '',
  embedUrl: ''
}
