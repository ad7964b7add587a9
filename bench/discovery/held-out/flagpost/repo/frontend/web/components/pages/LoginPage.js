import React, { useState } from 'react'
import AccountStore from '../../../common/stores/account-store'
import Project from '../../../common/project'

const LoginPage = ({ history }) => {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState(null)

  const submit = (e) => {
    e.preventDefault()
    AccountStore.login({ email, password })
      .then(() => history.push('/projects'))
      .catch(setError)
  }

  return (
    <form onSubmit={submit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} placeholder='Email' />
      <input type='password' value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <div className='alert alert-danger'>Invalid credentials</div>}
      <button type='submit'>Login</button>
      {Project.googleOAuthClientId && <a href='/oauth/google'>Sign in with Google</a>}
    </form>
  )
}

export default LoginPage
