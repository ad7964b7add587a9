import { emailModuleFactory } from 'src/engine/core-modules/email/email.module-factory';
import { EmailDriver } from 'src/engine/core-modules/email/interfaces/email.interface';

describe('emailModuleFactory', () => {
  it('returns smtp transport options', () => {
    const env: Record<string, unknown> = {
      EMAIL_DRIVER: EmailDriver.Smtp,
      EMAIL_SMTP_HOST: 'localhost',
      EMAIL_SMTP_PORT: 1025,
    };
    const environmentService = { get: (key: string) => env[key] } as any;

    expect(emailModuleFactory(environmentService)).toEqual({
      host: 'localhost',
      port: 1025,
    });
  });

  it('returns nothing for the logger driver', () => {
    const environmentService = {
      get: () => EmailDriver.Logger,
    } as any;

    expect(emailModuleFactory(environmentService)).toBeUndefined();
  });
});
