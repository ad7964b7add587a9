import { createRouter, createWebHistory, RouteRecordRaw } from 'vue-router';

const rootPath = (window as any).WOODPECKER_ROOT_PATH ?? '';

const routes: RouteRecordRaw[] = [
  { path: `${rootPath}/`, name: 'home', component: () => import('~/views/Repos.vue') },
  { path: `${rootPath}/repos/:repoId/pipeline/:pipelineId`, name: 'pipeline', component: () => import('~/views/Pipeline.vue') },
];

export default createRouter({ history: createWebHistory(), routes });
