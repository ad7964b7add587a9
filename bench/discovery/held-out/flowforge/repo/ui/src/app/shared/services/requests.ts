import * as _superagent from 'superagent';
import {SuperAgentRequest} from 'superagent';

const superagentPromise = require('superagent-promise');

const auth = (req: SuperAgentRequest) => {
    return req.on('error', handle);
};

const handle = (err: any) => {
    // check URL to prevent redirect loop
    if (err.status === 401 && !document.location.href.includes('login')) {
        document.location.href = uiUrl('login?redirect=' + encodeURIComponent(document.location.href));
    }
};

const superagent: _superagent.SuperAgentStatic = superagentPromise(_superagent, global.Promise);

export function uiUrl(uiPath: string) {
    return document.baseURI + uiPath;
}

export const apiUrl = (path: string) => `${document.baseURI}${path}`;

export default {
    get(url: string) {
        return auth(superagent.get(apiUrl(url)));
    },
    post(url: string) {
        return auth(superagent.post(apiUrl(url)));
    },
    put(url: string) {
        return auth(superagent.put(apiUrl(url)));
    },
    delete(url: string) {
        return auth(superagent.del(apiUrl(url)));
    },
    loadEventSource(url: string) {
        return new EventSource(apiUrl(url), {withCredentials: true});
    }
};
