import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-github2';
import { config } from '../../config';

/**
 * Social login for Pingwell Cloud. Registered by AppModule only when
 * GITHUB_OAUTH_CLIENT_ID is present; self-hosted installs use email/password.
 */
@Injectable()
export class GitHubStrategy extends PassportStrategy(Strategy, 'github') {
  constructor() {
    super({
      clientID: config.GITHUB_OAUTH_CLIENT_ID,
      clientSecret: config.GITHUB_OAUTH_CLIENT_SECRET,
      callbackURL: config.GITHUB_OAUTH_REDIRECT,
      scope: ['user:email'],
      passReqToCallback: true,
    });
  }

  async validate(_req: unknown, accessToken: string, _refreshToken: string, profile: any) {
    return {
      provider: 'github',
      providerId: profile.id,
      email: profile.emails?.[0]?.value,
      name: profile.displayName,
      avatar: profile.photos?.[0]?.value,
      accessToken,
    };
  }
}
