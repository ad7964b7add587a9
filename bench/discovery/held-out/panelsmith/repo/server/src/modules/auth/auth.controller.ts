import { Body, Controller, Get, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../../entities/user.entity';
import { GoogleSsoService } from './google-sso.service';
import { GithubSsoService } from './github-sso.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly google: GoogleSsoService,
    private readonly github: GithubSsoService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Get('sso-configs')
  configs() {
    return { google: this.google.enabled, git: this.github.enabled, form: process.env.DISABLE_PASSWORD_LOGIN !== 'true' };
  }

  @Post('sso/google')
  async googleLogin(@Body('token') token: string) {
    return this.upsert(await this.google.verify(token));
  }

  @Post('sso/git')
  async gitLogin(@Body('code') code: string) {
    return this.upsert(await this.github.exchange(code));
  }

  private async upsert(profile: Partial<User>) {
    const existing = await this.users.findOneBy({ email: profile.email });
    return existing ?? this.users.save(this.users.create(profile));
  }
}
