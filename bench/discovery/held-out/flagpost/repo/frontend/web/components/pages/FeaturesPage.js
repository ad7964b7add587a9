import React, { useEffect, useState } from 'react'
import FeatureListStore, { controller } from '../../../common/stores/feature-list-store'

const FeaturesPage = ({ match }) => {
  const { projectId, environmentId } = match.params
  const [model, setModel] = useState(null)

  useEffect(() => {
    const onChange = () => setModel({ ...FeatureListStore.model })
    FeatureListStore.on('change', onChange)
    controller.getFeatures(projectId, environmentId)
    return () => FeatureListStore.off('change', onChange)
  }, [projectId, environmentId])

  if (!model) return <div className='loader' />
  return (
    <ul>
      {model.features.map((f) => {
        const fs = model.keyedEnvironmentFeatures[f.id]
        return (
          <li key={f.id}>
            {f.name}
            <input type='checkbox' checked={!!(fs && fs.enabled)}
              onChange={() => controller.editFeatureState(environmentId, { ...fs, enabled: !fs.enabled })} />
          </li>
        )
      })}
    </ul>
  )
}

export default FeaturesPage
