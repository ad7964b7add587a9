import { LoginResponseDto } from '@photovault/sdk';
import { app, utils } from 'src/utils';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

describe('/server', () => {
  let admin: LoginResponseDto;

  beforeAll(async () => {
    await utils.resetDatabase();
    admin = await (utils as any).adminSetup({ onboarding: false });
  });

  describe('GET /server/ping', () => {
    it('should respond with pong', async () => {
      const { status, body } = await request(app).get('/server/ping');
      expect(status).toBe(200);
      expect(body).toEqual({ res: 'pong' });
    });
  });

  describe('GET /server/version', () => {
    it('should respond with the server version', async () => {
      const { status, body } = await request(app).get('/server/version');
      expect(status).toBe(200);
      expect(body).toEqual({ major: expect.any(Number), minor: expect.any(Number), patch: expect.any(Number) });
    });
  });

  describe('POST /admin/notifications/test-email', () => {
    it('should send a test email through mailpit', async () => {
      const { status } = await request(app)
        .post('/admin/notifications/test-email')
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .send({
          enabled: true,
          from: 'PhotoVault <noreply@photovault.test>',
          replyTo: '',
          transport: { host: 'mailpit', port: 1025, username: '', password: '', ignoreCert: true, secure: false },
        });
      expect(status).toBe(200);

      const mail = await utils.getLatestMail();
      expect(mail.Subject).toBe('Test email from PhotoVault');
    });
  });
});
