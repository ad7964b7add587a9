import {apiUrl} from "override/utils/route";

export default {
    namespaced: true,
    state: {
        executions: undefined,
        execution: undefined,
        total: 0,
    },
    actions: {
        findExecutions({commit}, options) {
            return this.$http.get(`${apiUrl()}/executions/search`, {params: options}).then(response => {
                commit("setExecutions", response.data.results);
                commit("setTotal", response.data.total);
                return response.data;
            });
        },
        loadExecution({commit}, options) {
            return this.$http.get(`${apiUrl()}/executions/${options.id}`).then(response => {
                commit("setExecution", response.data);
                return response.data;
            });
        },
        triggerExecution(_, options) {
            return this.$http.post(`${apiUrl()}/executions/${options.namespace}/${options.id}`, options.formData, {
                timeout: 60 * 60 * 1000,
                headers: {
                    "content-type": "multipart/form-data"
                },
            });
        },
        kill(_, options) {
            return this.$http.delete(`${apiUrl()}/executions/${options.id}/kill`);
        },
        followExecution(_, options) {
            return new EventSource(`${apiUrl()}/executions/${options.id}/follow`, {withCredentials: true});
        },
        downloadFileUrl(_, options) {
            return `${apiUrl()}/executions/${options.executionId}/file?path=${encodeURIComponent(options.path)}`;
        },
    },
    mutations: {
        setExecutions(state, executions) {
            state.executions = executions;
        },
        setExecution(state, execution) {
            state.execution = execution;
        },
        setTotal(state, total) {
            state.total = total;
        },
    },
};
