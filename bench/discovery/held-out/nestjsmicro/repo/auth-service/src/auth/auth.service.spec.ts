import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import * as bcrypt from 'bcrypt';
import { User } from '../users/user.entity';
import { AuthService } from './auth.service';

describe('AuthService', () => {
  let service: AuthService;
  const repo = { findOne: jest.fn(), create: jest.fn((u) => u), save: jest.fn() };
  const jwt = { signAsync: jest.fn().mockResolvedValue('signed.jwt.token'), verifyAsync: jest.fn() };

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        AuthService,
        { provide: getRepositoryToken(User), useValue: repo },
        { provide: JwtService, useValue: jwt },
      ],
    }).compile();
    service = moduleRef.get(AuthService);
  });

  it('issues a token for valid credentials', async () => {
    repo.findOne.mockResolvedValue({
      id: 'u1',
      role: 'customer',
      passwordHash: await bcrypt.hash('hunter22', 4),
    });
    await expect(service.login('ada@brindle.test', 'hunter22')).resolves.toEqual({
      accessToken: 'signed.jwt.token',
    });
  });

  it('rejects a wrong password', async () => {
    repo.findOne.mockResolvedValue({ id: 'u1', passwordHash: await bcrypt.hash('right', 4) });
    await expect(service.login('ada@brindle.test', 'wrong')).resolves.toBeNull();
  });
});
