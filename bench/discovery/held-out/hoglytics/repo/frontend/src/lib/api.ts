// Runs in the browser; relative URLs hit whatever host served the app (Caddy / Ingress -> web).
const API_BASE = '/api'

function getCookie(name: string): string | null {
    const match = document.cookie.match(new RegExp('(^| )' + name + '=([^;]+)'))
    return match ? decodeURIComponent(match[2]) : null
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(`${API_BASE}/${url}`, {
        method,
        credentials: 'same-origin',
        headers: {
            'Content-Type': 'application/json',
            'X-CSRFToken': getCookie('posthog_csrftoken') ?? '',
        },
        body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) {
        throw new Error(`API error ${response.status}`)
    }
    return (await response.json()) as T
}

const api = {
    persons: {
        get: (teamId: number, uuid: string) => request('GET', `projects/${teamId}/persons/${uuid}`),
        export: (teamId: number, ctx: Record<string, unknown>) => request('POST', `projects/${teamId}/persons/export`, ctx),
    },
    recordings: {
        snapshots: (teamId: number, id: string) => request('GET', `projects/${teamId}/session_recordings/${id}/snapshots`),
    },
    integrations: {
        create: (teamId: number, data: unknown) => request('POST', `projects/${teamId}/integrations`, data),
    },
}

export default api
