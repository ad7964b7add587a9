import axios from 'axios'

const gateway = axios.create({
  baseURL: (process.env.VUE_APP_GATEWAY_URL || 'http://localhost:8081') + '/api'
})

gateway.interceptors.request.use(config => {
  const token = localStorage.getItem('keelwise.token')
  if (token) {
    config.headers.Authorization = `Bearer ${token}`
  }
  return config
})

export default {
  login: (username, password) => gateway.post('/auth/login', { username, password }).then(r => r.data),
  products: () => gateway.get('/products').then(r => r.data),
  product: code => gateway.get(`/products/${code}`).then(r => r.data),
  createOffer: offer => gateway.post('/offers', offer).then(r => r.data),
  createPolicy: policy => gateway.post('/policies', policy).then(r => r.data),
  findPolicies: q => gateway.get('/policies/find', { params: { q } }).then(r => r.data),
  policyDetails: number => gateway.get(`/policies/${number}`).then(r => r.data),
  terminate: (number, req) => gateway.post(`/policies/${number}/termination`, req).then(r => r.data),
  documentUrl: (number, docId) => `${gateway.defaults.baseURL}/documents/${number}/${docId}`
}
