import AjaxService from 'ember-ajax/services/ajax';
import config from 'inkpress-admin/config/environment';
import {inject as service} from '@ember/service';

export default class InkpressAjaxService extends AjaxService {
    @service session;

    skipSessionDeletion = false;

    get headers() {
        return {
            'X-Inkpress-Version': config.APP.version,
            'App-Pragma': 'no-cache'
        };
    }

    handleResponse(status, headers, payload, request) {
        if (status === 401 && !this.skipSessionDeletion && !request.url.match(/\/session\/?$/)) {
            this.session.invalidate();
        }
        return super.handleResponse(...arguments);
    }
}
