import data from '../data/base/_data'
import Project from '../project'

const controller = {
  login({ email, password }) {
    return data.post(`${Project.api}auth/login/`, { email, password }).then((res) => {
      data.setToken(res.key)
      return controller.getUser()
    })
  },
  oauth(accessToken) {
    return data.post(`${Project.api}auth/oauth/google/`, { access_token: accessToken }).then((res) => {
      data.setToken(res.key)
      return controller.getUser()
    })
  },
  getUser() {
    return data.get(`${Project.api}auth/users/me/`)
  },
  resetPassword(email) {
    return data.post(`${Project.api}auth/users/reset_password/`, { email })
  },
  inviteUsers(organisationId, emails) {
    return Promise.all(
      emails.map((email) => data.post(`${Project.api}organisations/${organisationId}/invites/`, { email })),
    )
  },
}

export default controller
