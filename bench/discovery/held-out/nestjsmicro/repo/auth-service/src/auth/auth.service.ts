import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as bcrypt from 'bcrypt';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  async register(email: string, password: string, displayName: string) {
    if (await this.users.findOne({ where: { email } })) {
      throw new ConflictException('email already registered');
    }
    const user = this.users.create({
      email,
      displayName,
      passwordHash: await bcrypt.hash(password, 12),
    });
    const saved = await this.users.save(user);
    this.logger.log(`registered user ${saved.id}`);
    return { id: saved.id, email: saved.email, displayName: saved.displayName };
  }

  async login(email: string, password: string): Promise<{ accessToken: string } | null> {
    const user = await this.users.findOne({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return null;
    }
    return { accessToken: await this.jwt.signAsync({ sub: user.id, role: user.role }) };
  }

  async verify(token: string) {
    try {
      const payload = await this.jwt.verifyAsync(token);
      return { valid: true, userId: payload.sub, role: payload.role };
    } catch {
      return { valid: false };
    }
  }
}
