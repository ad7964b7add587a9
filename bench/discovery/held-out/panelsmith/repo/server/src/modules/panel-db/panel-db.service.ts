import { Injectable, BadGatewayException } from '@nestjs/common';
import got, { Method } from 'got';
import * as jwt from 'jsonwebtoken';

/**
 * Forwards table row operations to PostgREST, which fronts the Panelsmith DB instance.
 * The browser never talks to PostgREST; it calls /api/panel-db/proxy/* on this server.
 */
@Injectable()
export class PanelDbService {
  private readonly baseUrl = process.env.PGRST_HOST?.startsWith('http')
    ? process.env.PGRST_HOST
    : `http://${process.env.PGRST_HOST || 'localhost:3001'}`;

  private signRoleToken(organizationId: string): string {
    return jwt.sign(
      { role: 'panelsmith_anon', org: organizationId },
      process.env.PGRST_JWT_SECRET as string,
      { algorithm: 'HS256', expiresIn: '1m' },
    );
  }

  async proxy(organizationId: string, method: Method, path: string, query: Record<string, any>, body?: any) {
    const url = `${this.baseUrl}/${path.replace(/^\/+/, '')}`;
    try {
      const res = await got(url, {
        method,
        searchParams: query,
        json: ['POST', 'PATCH', 'PUT'].includes(method) ? body : undefined,
        headers: {
          Authorization: `Bearer ${this.signRoleToken(organizationId)}`,
          Prefer: 'return=representation',
          'Accept-Profile': `org_${organizationId.replace(/-/g, '')}`,
        },
        responseType: 'json',
        throwHttpErrors: false,
      });
      return { status: res.statusCode, body: res.body };
    } catch (e) {
      throw new BadGatewayException(`PostgREST request failed: ${(e as Error).message}`);
    }
  }
}
