import Project from '../../project'

const getQueryString = (params) =>
  Object.keys(params)
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`)
    .join('&')

const _data = {
  token: '',
  type: '',

  status(response) {
    if (response.status >= 200 && response.status < 300) {
      return Promise.resolve(response)
    }
    if (response.status === 401 && _data.token) {
      window.location.href = '/login'
    }
    return response.text().then((err) => Promise.reject({ status: response.status, message: err }))
  },

  get(url, data, headers) {
    return _data._request('get', url, data || null, headers)
  },
  post(url, data, headers) {
    return _data._request('post', url, data, headers)
  },
  put(url, data) {
    return _data._request('put', url, data)
  },
  delete(url, data) {
    return _data._request('delete', url, data)
  },

  _request(method, url, data, headers = {}) {
    const options = {
      headers: { 'Accept': 'application/json', ...headers },
      method,
      timeout: 60000,
    }
    if (method !== 'get') options.headers['Content-Type'] = 'application/json; charset=utf-8'
    if (_data.token && url.startsWith(Project.api)) {
      options.headers.Authorization = `Token ${_data.token}`
    }
    let qs = ''
    if (method === 'get' && data) {
      qs = `?${getQueryString(data)}`
    } else if (data) {
      options.body = JSON.stringify(data)
    }
    return fetch(url + qs, options)
      .then(_data.status)
      .then((response) => (response.status === 204 ? {} : response.json()))
  },

  setToken(token) {
    _data.token = token
  },
}

export default _data
