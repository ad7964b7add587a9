import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { createRouter, createWebHistory } from 'vue-router';
import { configureAmplify } from './amplifyConfig';
import FlightSearch from './views/FlightSearch.vue';
import Profile from './views/Profile.vue';

configureAmplify();

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: FlightSearch },
    { path: '/profile', component: Profile },
  ],
});

createApp({ template: '<router-view />' }).use(createPinia()).use(router).mount('#app');
