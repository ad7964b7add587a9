// Product analytics for the hosted dashboard. Keys are blank in self-hosted builds, so nothing is sent.
import amplitude from 'amplitude-js'
import mixpanel from 'mixpanel-browser'
import Project from '../../common/project'

const API = {
  init() {
    if (Project.amplitude) {
      amplitude.getInstance().init(Project.amplitude, null, { apiEndpoint: 'api2.amplitude.com' })
    }
    if (Project.mixpanel) {
      mixpanel.init(Project.mixpanel, { api_host: 'https://api-eu.mixpanel.com' })
    }
  },
  trackEvent(data) {
    if (Project.amplitude) amplitude.getInstance().logEvent(data.event, data)
    if (Project.mixpanel) mixpanel.track(data.event, data)
  },
  identify(id, user) {
    if (Project.mixpanel) mixpanel.identify(id)
    if (Project.amplitude) amplitude.getInstance().setUserId(id)
  },
  ajaxHandler(store, res) {
    store.error = res
    store.goneABitWest && store.goneABitWest()
  },
}

window.API = API
export default API
