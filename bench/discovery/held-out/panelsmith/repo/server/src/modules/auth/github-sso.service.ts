import { Injectable, UnauthorizedException } from '@nestjs/common';
import got from 'got';

@Injectable()
export class GithubSsoService {
  private readonly clientId = process.env.SSO_GIT_OAUTH2_CLIENT_ID;
  private readonly clientSecret = process.env.SSO_GIT_OAUTH2_CLIENT_SECRET;
  private readonly host = process.env.SSO_GIT_OAUTH2_HOST || 'https://github.com';

  get enabled(): boolean {
    return !!this.clientId && !!this.clientSecret;
  }

  async exchange(code: string) {
    if (!this.enabled) throw new UnauthorizedException('GitHub SSO is not configured');
    const token: any = await got
      .post(`${this.host}/login/oauth/access_token`, {
        json: { client_id: this.clientId, client_secret: this.clientSecret, code },
        headers: { Accept: 'application/json' },
      })
      .json();
    const apiBase = this.host === 'https://github.com' ? 'https://api.github.com' : `${this.host}/api/v3`;
    const user: any = await got(`${apiBase}/user`, { headers: { Authorization: `token ${token.access_token}` } }).json();
    return { email: user.email, firstName: user.name, ssoId: String(user.id) };
  }
}
