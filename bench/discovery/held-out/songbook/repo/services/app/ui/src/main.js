import { createApp } from 'vue';
import ClientMonitor from 'skywalking-client-js';
import App from './App.vue';

ClientMonitor.register({
  collector: location.origin,
  service: 'agent::ui',
  pagePath: location.pathname,
  serviceVersion: 'v1.0.0',
  enableSPA: true,
  useFmp: true,
});

createApp(App).mount('#app');
