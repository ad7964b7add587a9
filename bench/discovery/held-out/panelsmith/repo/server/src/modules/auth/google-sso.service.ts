import { Injectable, UnauthorizedException } from '@nestjs/common';
import { OAuth2Client } from 'google-auth-library';

@Injectable()
export class GoogleSsoService {
  private readonly clientId = process.env.SSO_GOOGLE_OAUTH2_CLIENT_ID;
  private readonly client = new OAuth2Client(this.clientId);

  get enabled(): boolean {
    return !!this.clientId;
  }

  /** Verifies the ID token from the Google sign-in button; fetches Google's signing certs. */
  async verify(idToken: string) {
    if (!this.enabled) throw new UnauthorizedException('Google SSO is not configured');
    const ticket = await this.client.verifyIdToken({ idToken, audience: this.clientId });
    const payload = ticket.getPayload();
    if (!payload?.email_verified) throw new UnauthorizedException('Google account email not verified');
    const hd = process.env.SSO_GOOGLE_HOSTED_DOMAIN;
    if (hd && payload.hd !== hd) throw new UnauthorizedException('Domain not allowed');
    return { email: payload.email!, firstName: payload.given_name, lastName: payload.family_name, ssoId: payload.sub };
  }
}
