import Vue from 'vue'
import VueRouter from 'vue-router'
import {BootstrapVue} from 'bootstrap-vue'
import Toast from 'vue-toastification'

import 'bootstrap/dist/css/bootstrap.css'
import 'bootstrap-vue/dist/bootstrap-vue.css'
import 'vue-toastification/dist/index.css'

import App from './App.vue'
import Trainings from './views/Trainings.vue'
import {Auth, loadFirebaseConfig} from './repositories/auth'

Vue.use(VueRouter)
Vue.use(BootstrapVue)
Vue.use(Toast, {timeout: 3000})

Vue.config.productionTip = false

const router = new VueRouter({
  mode: 'history',
  routes: [
    {path: '/', redirect: '/trainings'},
    {path: '/trainings', component: Trainings},
  ],
})

loadFirebaseConfig()
  .then(() => Auth.waitForAuthReady())
  .then(() => {
    new Vue({
      router,
      render: h => h(App),
    }).$mount('#app')
  })
  .catch(err => {
    // eslint-disable-next-line no-console
    console.error('Unable to start Pulsebook', err)
  })
