import {createApp, h} from "vue";
import {createRouter, createWebHistory, RouterView} from "vue-router";
import {createStore} from "vuex";
import ElementPlus from "element-plus";
import "element-plus/dist/index.css";

import initAxios from "./utils/axios";
import {apiUrlWithoutTenants} from "override/utils/route";
import flow from "./stores/flow";
import execution from "./stores/executions";
import blueprints from "./stores/blueprints";
import Flows from "./components/flows/Flows.vue";
import Blueprints from "./components/blueprints/Blueprints.vue";

const app = createApp({render: () => h(RouterView)});

const store = createStore({
    modules: {
        flow,
        execution,
        blueprints,
    }
});

const router = createRouter({
    history: createWebHistory(window.TASKLOOM_BASE_PATH),
    routes: [
        {name: "root", path: "/", redirect: {name: "flows/list"}},
        {name: "flows/list", path: "/flows", component: Flows},
        {name: "blueprints", path: "/blueprints", component: Blueprints},
    ]
});

initAxios((instance) => {
    app.config.globalProperties.$http = instance;
    store.$http = instance;
}, store, router);

app.use(store);
app.use(router);
app.use(ElementPlus);

// Load the server configuration (version, url, anonymous usage flag) before mounting the app
app.config.globalProperties.$http.get(`${apiUrlWithoutTenants()}/configs`)
    .then(response => {
        app.config.globalProperties.$configs = response.data;
    })
    .finally(() => app.mount("#app"));
