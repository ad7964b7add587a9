import ESRestAdapter from 'ember-data/adapters/rest';
import inkpressPaths from 'inkpress-admin/utils/inkpress-paths';
import {inject as service} from '@ember/service';

export default class BaseAdapter extends ESRestAdapter {
    @service session;

    host = window.location.origin;
    namespace = inkpressPaths().apiRoot.slice(1);

    get headers() {
        return {
            'X-Inkpress-Version': '6.4',
            'App-Pragma': 'no-cache'
        };
    }

    query(store, type, query) {
        let id;
        if (query.id) {
            id = query.id;
            delete query.id;
        }
        return this.ajax(this.buildURL(type.modelName, id), 'GET', {data: query});
    }

    buildURL() {
        let url = super.buildURL(...arguments);
        if (url.slice(-1) !== '/') {
            url += '/';
        }
        return url;
    }
}
