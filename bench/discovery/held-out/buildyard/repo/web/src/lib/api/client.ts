export type ApiError = { status: number; message: string };

export default class ApiClient {
  server: string;
  token: string | null;
  csrf: string | null;

  constructor(server: string, token: string | null, csrf: string | null) {
    this.server = server;
    this.token = token;
    this.csrf = csrf;
  }

  private async _request(method: string, path: string, data?: unknown): Promise<unknown> {
    const res = await fetch(`${this.server}${path}`, {
      method,
      headers: {
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...(this.csrf ? { 'X-CSRF-TOKEN': this.csrf } : {}),
        ...(data ? { 'Content-Type': 'application/json' } : {}),
      },
      body: data ? JSON.stringify(data) : undefined,
    });
    if (!res.ok) {
      throw { status: res.status, message: res.statusText } as ApiError;
    }
    return res.status === 204 ? null : res.json();
  }

  _get(path: string) { return this._request('GET', path); }
  _post(path: string, data?: unknown) { return this._request('POST', path, data); }
  _delete(path: string) { return this._request('DELETE', path); }
}
