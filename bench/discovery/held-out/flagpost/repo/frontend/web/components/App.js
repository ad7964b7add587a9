import React, { Component } from 'react'
import { Route, Switch } from 'react-router-dom'

import AccountStore from '../../common/stores/account-store'
import FeaturesPage from './pages/FeaturesPage'
import LoginPage from './pages/LoginPage'

class App extends Component {
  state = { user: null }

  componentDidMount() {
    AccountStore.getUser()
      .then((user) => this.setState({ user }))
      .catch(() => this.setState({ user: null }))
  }

  render() {
    return (
      <Switch>
        <Route path='/login' component={LoginPage} />
        <Route path='/project/:projectId/environment/:environmentId/features' component={FeaturesPage} />
      </Switch>
    )
  }
}

export default App
