import Vue from 'vue'
import VueRouter from 'vue-router'
import Vuex from 'vuex'
import api from './api/gateway'

Vue.use(VueRouter)
Vue.use(Vuex)

const store = new Vuex.Store({
  state: { user: null, products: [] },
  mutations: {
    loggedIn (state, user) { state.user = user },
    productsLoaded (state, products) { state.products = products }
  },
  actions: {
    async login ({ commit }, { username, password }) {
      const res = await api.login(username, password)
      localStorage.setItem('keelwise.token', res.access_token)
      commit('loggedIn', { login: res.username, avatar: res.avatar })
    },
    async loadProducts ({ commit }) {
      commit('productsLoaded', await api.products())
    }
  }
})

const router = new VueRouter({
  mode: 'history',
  routes: [
    { path: '/', component: () => import(/* webpackChunkName: "home" */ './views/Home.vue') },
    { path: '/products/:code', component: () => import('./views/ProductOffer.vue') },
    { path: '/policies', component: () => import('./views/PolicySearch.vue') },
    { path: '/policies/:number', component: () => import('./views/PolicyDetails.vue') },
    { path: '/chat', component: () => import('./views/AgentChat.vue') }
  ]
})

new Vue({
  router,
  store,
  render: h => h('router-view')
}).$mount('#app')
