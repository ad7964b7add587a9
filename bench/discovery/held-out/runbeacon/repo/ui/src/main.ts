import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHistory } from 'vue-router'
import { loadUiSettings } from './api/client'

const routes = [
  { path: '/', redirect: '/runs' },
  { path: '/runs', component: () => import('./pages/FlowRuns.vue') },
]

async function bootstrap(): Promise<void> {
  await loadUiSettings()
  const app = createApp({ template: '<router-view />' })
  app.use(createPinia())
  app.use(createRouter({ history: createWebHistory(), routes }))
  app.mount('#app')
}

bootstrap()
