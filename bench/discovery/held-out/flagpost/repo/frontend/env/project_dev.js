module.exports = global.Project = {
  api: 'http://localhost:8000/api/v1/',
  flagpostClientAPI: 'https://edge.api.flagpost.io/api/v1/',
  flagpost: 'dev-env-key-placeholder',
  env: 'dev',
  debug: true,
  amplitude: '',
  mixpanel: '',
}
