// The dashboard uses Flagpost itself for its own feature toggles, but only when
// Project.flagpost (FLAGPOST_ON_FLAGPOST_API_KEY) is set. Self-hosted builds leave it empty.
import flagpost from 'flagpost'
import Project from './project'

export function initFlagpostOnFlagpost(onChange) {
  if (!Project.flagpost) {
    return Promise.resolve()
  }
  return flagpost.init({
    api: Project.flagpostClientAPI,
    environmentID: Project.flagpost,
    cacheFlags: true,
    onChange,
  })
}
