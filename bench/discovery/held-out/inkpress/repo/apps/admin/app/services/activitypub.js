import Service, {inject as service} from '@ember/service';
import inkpressPaths from 'inkpress-admin/utils/inkpress-paths';

// The "Network" screen talks to the ActivityPub service directly from the browser,
// authenticated with an identity token fetched from the Admin API.
export default class ActivityPubService extends Service {
    @service ajax;

    async getToken() {
        const {identities} = await this.ajax.request(`${inkpressPaths().apiRoot}/identities/`);
        return identities[0].token;
    }

    async fetchInbox(cursor) {
        const token = await this.getToken();
        const url = new URL(`${inkpressPaths().activityPubRoot}/v1/feed/reader`, window.location.origin);
        if (cursor) {
            url.searchParams.set('next', cursor);
        }
        const res = await fetch(url, {headers: {Authorization: `Bearer ${token}`, Accept: 'application/activity+json'}});
        return res.json();
    }

    async follow(handle) {
        const token = await this.getToken();
        return fetch(`${inkpressPaths().activityPubRoot}/v1/actions/follow/${encodeURIComponent(handle)}`, {
            method: 'POST',
            headers: {Authorization: `Bearer ${token}`}
        });
    }
}
