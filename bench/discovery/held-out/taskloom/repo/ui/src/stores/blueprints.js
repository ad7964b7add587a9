import {apiUrl} from "override/utils/route";

export default {
    namespaced: true,
    state: {
        blueprints: [],
        tags: [],
    },
    actions: {
        getBlueprints({commit}, options) {
            return this.$http.get(`${apiUrl()}/blueprints/community`, {params: options.params}).then(response => {
                commit("setBlueprints", response.data.results);
                return response.data;
            });
        },
        getBlueprintSource(_, options) {
            return this.$http.get(`${apiUrl()}/blueprints/community/${options.id}/flow`).then(response => response.data);
        },
        getBlueprintTags({commit}, options) {
            return this.$http.get(`${apiUrl()}/blueprints/community/tags`, {params: options?.params}).then(response => {
                commit("setTags", response.data);
                return response.data;
            });
        },
    },
    mutations: {
        setBlueprints(state, blueprints) {
            state.blueprints = blueprints;
        },
        setTags(state, tags) {
            state.tags = tags;
        },
    },
};
