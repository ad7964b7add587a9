import data from '../data/base/_data'
import Project from '../project'

const BaseStore = require('./base/_store')

const controller = {
  getFeatures(projectId, environmentId) {
    store.loading()
    return Promise.all([
      data.get(`${Project.api}projects/${projectId}/features/?page_size=999`),
      data.get(`${Project.api}environments/${environmentId}/featurestates/?page_size=999`),
    ])
      .then(([features, environmentFeatures]) => {
        store.model = { features: features.results, keyedEnvironmentFeatures: {} }
        environmentFeatures.results.forEach((fs) => {
          store.model.keyedEnvironmentFeatures[fs.feature] = fs
        })
        store.loaded()
      })
      .catch((e) => API.ajaxHandler(store, e))
  },
  editFeatureState(environmentId, featureState) {
    store.saving()
    return data
      .put(`${Project.api}environments/${environmentId}/featurestates/${featureState.id}/`, featureState)
      .then(() => store.saved())
      .catch((e) => API.ajaxHandler(store, e))
  },
  createFeature(projectId, feature) {
    return data.post(`${Project.api}projects/${projectId}/features/`, feature).then(() =>
      store.changed(),
    )
  },
}

const store = Object.assign({}, BaseStore, { id: 'features', model: null })
store.dispatcherIndex = null
export { controller }
export default store
