import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import PolicyList from './views/PolicyList.vue';

const router = createRouter({
  history: createWebHistory(),
  routes: [{ path: '/', component: PolicyList }],
});

createApp({ template: '<router-view />' }).use(router).mount('#app');
