import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { firstValueFrom, timeout } from 'rxjs';
import { AUTH_SERVICE, PATTERNS } from '../constants';

class CredentialsDto {
  email: string;
  password: string;
}

class RegisterDto extends CredentialsDto {
  displayName: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AUTH_SERVICE) private readonly authClient: ClientProxy) {}

  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.authClient.send(PATTERNS.AUTH_REGISTER, dto).pipe(timeout(5000));
  }

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: CredentialsDto) {
    return firstValueFrom(
      this.authClient.send<{ accessToken: string }>(PATTERNS.AUTH_LOGIN, dto).pipe(timeout(5000)),
    );
  }

  @Post('verify')
  @HttpCode(200)
  verify(@Body('token') token: string) {
    return this.authClient.send(PATTERNS.AUTH_VERIFY, { token });
  }
}
