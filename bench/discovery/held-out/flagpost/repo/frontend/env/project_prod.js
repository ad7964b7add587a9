// Production build served by the Django API from the same origin.
// Runtime values can be overridden by /config/project-overrides (window.projectOverrides).
const globalThis = typeof window === 'undefined' ? global : window
module.exports = global.Project = {
  api: '/api/v1/',
  flagpostClientAPI: 'https://edge.api.flagpost.io/api/v1/',
  flagpost: '', // Flagpost-on-Flagpost environment key, empty for self-hosted
  env: 'prod',
  debug: false,
  delighted: false,
  amplitude: '',
  mixpanel: '',
  ...(globalThis.projectOverrides || {}),
}
