import Vue from 'vue';
import Router from 'vue-router';
import Passenger from './views/Passenger.vue';
import Drivers from './views/Drivers.vue';

Vue.use(Router);

export default new Router({
  mode: 'history',
  routes: [
    { path: '/', redirect: '/passenger' },
    { path: '/passenger', name: 'passenger', component: Passenger },
    { path: '/drivers', name: 'drivers', component: Drivers }
  ]
});
