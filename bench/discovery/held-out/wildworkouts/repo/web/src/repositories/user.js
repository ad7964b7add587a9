import {apiBasePath, authorizedFetch} from './auth'

const basePath = apiBasePath(3002)

let cachedUser = null

export function getCurrentUser(force = false) {
  if (cachedUser && !force) {
    return Promise.resolve(cachedUser)
  }

  return authorizedFetch(`${basePath}/users/current`).then(user => {
    cachedUser = user
    return user
  })
}

export function clearUserCache() {
  cachedUser = null
}
