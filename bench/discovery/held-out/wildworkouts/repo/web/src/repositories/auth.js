import firebase from 'firebase/app'
import 'firebase/auth'

// Local development uses MOCK_AUTH=true on the backend: we sign tokens in the browser with the
// well-known mock secret instead of going to Firebase.
const useMockAuth = process.env.NODE_ENV === 'development' && process.env.VUE_APP_REAL_AUTH !== 'true'

export function loadFirebaseConfig() {
  if (useMockAuth) {
    return Promise.resolve()
  }

  // Firebase Hosting serves the project's web config under this reserved URL.
  return fetch('/__/firebase/init.json')
    .then(response => response.json())
    .then(config => firebase.initializeApp(config))
}

class FirebaseAuth {
  login(login, password) {
    return firebase.auth().signInWithEmailAndPassword(login, password)
  }

  waitForAuthReady() {
    return new Promise(resolve => {
      firebase.auth().onAuthStateChanged(() => resolve())
    })
  }

  getJwtToken() {
    const user = firebase.auth().currentUser
    if (!user) {
      return Promise.resolve(null)
    }
    return user.getIdToken(false)
  }

  logout() {
    return firebase.auth().signOut()
  }

  isLoggedIn() {
    return firebase.auth().currentUser !== null
  }
}

// Minimal HS256 signer for the local mock auth. Never used in production builds.
function base64url(bytes) {
  let str = typeof bytes === 'string' ? btoa(bytes) : btoa(String.fromCharCode(...new Uint8Array(bytes)))
  return str.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
}

async function signMockJwt(claims, secret) {
  const header = base64url(JSON.stringify({alg: 'HS256', typ: 'JWT'}))
  const payload = base64url(JSON.stringify(claims))
  const data = new TextEncoder().encode(`${header}.${payload}`)

  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    {name: 'HMAC', hash: 'SHA-256'},
    false,
    ['sign'],
  )
  const signature = await crypto.subtle.sign('HMAC', key, data)

  return `${header}.${payload}.${base64url(signature)}`
}

const mockUsers = {
  'trainer@pulsebook.test': {user_uuid: 'fixture-trainer', role: 'trainer', name: 'Coach Mira'},
  'attendee@pulsebook.test': {user_uuid: 'fixture-attendee', role: 'attendee', name: 'Sam'},
}

class MockAuth {
  login(login) {
    const claims = mockUsers[login]
    if (!claims) {
      return Promise.reject(new Error('unknown mock user'))
    }
    localStorage.setItem('_mock_user', JSON.stringify({...claims, email: login}))
    return Promise.resolve()
  }

  waitForAuthReady() {
    return Promise.resolve()
  }

  getJwtToken() {
    const user = localStorage.getItem('_mock_user')
    if (!user) {
      return Promise.resolve(null)
    }
    // HS256 signed with "mock_secret", see internal/common/auth/http_mock.go
    return signMockJwt(JSON.parse(user), 'mock_secret')
  }

  logout() {
    localStorage.removeItem('_mock_user')
    return Promise.resolve()
  }

  isLoggedIn() {
    return localStorage.getItem('_mock_user') !== null
  }
}

export const Auth = useMockAuth ? new MockAuth() : new FirebaseAuth()

export function authorizedFetch(url, options = {}) {
  return Auth.getJwtToken().then(token => {
    const headers = Object.assign({'Content-Type': 'application/json'}, options.headers)
    if (token) {
      headers['Authorization'] = 'Bearer ' + token
    }
    return fetch(url, Object.assign({}, options, {headers}))
  }).then(response => {
    if (!response.ok) {
      return response.json().then(err => Promise.reject(err))
    }
    return response.status === 204 ? null : response.json()
  })
}

// In production the SPA and the APIs share the Firebase Hosting origin (rewrites in
// firebase.json); in development every API is published on its own localhost port.
export function apiBasePath(devPort) {
  if (process.env.NODE_ENV === 'development') {
    return `http://localhost:${devPort}/api`
  }
  return '/api'
}
