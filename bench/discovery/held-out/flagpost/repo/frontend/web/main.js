import React from 'react'
import { render } from 'react-dom'
import { BrowserRouter as Router } from 'react-router-dom'

import '../common/project'
import API from './project/api'
import App from './components/App'
import { initFlagpostOnFlagpost } from '../common/flagpost-on-flagpost'

API.init()

initFlagpostOnFlagpost().finally(() => {
  render(
    <Router>
      <App />
    </Router>,
    document.getElementById('app'),
  )
})
