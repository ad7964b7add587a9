import { Controller } from '@nestjs/common';
import { MessagePattern, Payload, RpcException } from '@nestjs/microservices';
import { AuthService } from './auth.service';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @MessagePattern({ cmd: 'auth.register' })
  register(@Payload() data: { email: string; password: string; displayName: string }) {
    return this.auth.register(data.email, data.password, data.displayName);
  }

  @MessagePattern({ cmd: 'auth.login' })
  async login(@Payload() data: { email: string; password: string }) {
    const token = await this.auth.login(data.email, data.password);
    if (!token) {
      throw new RpcException({ statusCode: 401, message: 'Invalid credentials' });
    }
    return token;
  }

  @MessagePattern({ cmd: 'auth.verify_token' })
  verify(@Payload() data: { token: string }) {
    return this.auth.verify(data.token);
  }
}
