import {apiUrl} from "override/utils/route";

const textYamlHeader = {
    headers: {
        "Content-Type": "application/x-yaml"
    }
};

export default {
    namespaced: true,
    state: {
        flows: undefined,
        flow: undefined,
        total: 0,
    },
    actions: {
        findFlows({commit}, options) {
            const sort = options.sort;
            delete options.sort;
            return this.$http.get(`${apiUrl()}/flows/search`, {
                params: {...options, sort}
            }).then(response => {
                commit("setFlows", response.data.results);
                commit("setTotal", response.data.total);
                return response.data;
            });
        },
        loadFlow({commit}, options) {
            return this.$http.get(`${apiUrl()}/flows/${options.namespace}/${options.id}`, {
                params: {revision: options.revision}
            }).then(response => {
                commit("setFlow", response.data);
                return response.data;
            });
        },
        createFlow({commit}, options) {
            return this.$http.post(`${apiUrl()}/flows`, options.flow, textYamlHeader).then(response => {
                commit("setFlow", response.data);
                return response.data;
            });
        },
        saveFlow({commit}, options) {
            return this.$http.put(`${apiUrl()}/flows/${options.namespace}/${options.id}`, options.flow, textYamlHeader)
                .then(response => {
                    commit("setFlow", response.data);
                    return response.data;
                });
        },
        deleteFlow(_, flow) {
            return this.$http.delete(`${apiUrl()}/flows/${flow.namespace}/${flow.id}`);
        },
    },
    mutations: {
        setFlows(state, flows) {
            state.flows = flows;
        },
        setFlow(state, flow) {
            state.flow = flow;
        },
        setTotal(state, total) {
            state.total = total;
        },
    },
};
