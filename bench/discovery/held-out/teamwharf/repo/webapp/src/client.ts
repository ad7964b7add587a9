// Thin REST client for the Teamwharf API. The webapp is served by the server itself,
// so all requests are same-origin relative paths.
export class Client4 {
    constructor(private baseRoute = '/api/v4') {}

    private async doFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
        const res = await fetch(this.baseRoute + path, {
            credentials: 'include',
            headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
            ...init,
        });
        if (!res.ok) {
            throw new Error(`${res.status} ${res.statusText}`);
        }
        return res.json();
    }

    createPost(post: {channel_id: string; message: string}) {
        return this.doFetch('/posts', {method: 'POST', body: JSON.stringify(post)});
    }

    searchPosts(teamId: string, terms: string) {
        return this.doFetch<{order: string[]}>(`/teams/${teamId}/posts/search`, {method: 'POST', body: JSON.stringify({terms})});
    }
}

export const websocketURL = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v4/websocket`;
