import { defaults } from 'src/config';
import { JobName, JobStatus } from 'src/enum';
import { EmailTemplate } from 'src/repositories/email.repository';
import { NotificationService } from 'src/services/notification.service';
import { userStub } from 'test/fixtures/user.stub';
import { newTestService, ServiceMocks } from 'test/utils';
import { beforeEach, describe, expect, it } from 'vitest';

const configs = {
  smtpDisabled: Object.freeze({ ...defaults, notifications: { smtp: { ...defaults.notifications.smtp, enabled: false } } }),
  smtpEnabled: Object.freeze({
    ...defaults,
    notifications: {
      smtp: {
        ...defaults.notifications.smtp,
        enabled: true,
        from: 'PhotoVault <noreply@localhost>',
        transport: { ...defaults.notifications.smtp.transport, host: 'localhost', port: 1025 },
      },
    },
  }),
};

describe(NotificationService.name, () => {
  let sut: NotificationService;
  let mocks: ServiceMocks;

  beforeEach(() => {
    ({ sut, mocks } = newTestService(NotificationService));
  });

  describe('handleSendEmail', () => {
    it('should skip if smtp notifications are disabled', async () => {
      mocks.systemMetadata.get.mockResolvedValue(configs.smtpDisabled);
      await expect(sut.handleSendEmail({ html: '', subject: '', text: '', to: 'foo@bar.com' })).resolves.toBe(JobStatus.Skipped);
    });

    it('should send mail', async () => {
      mocks.systemMetadata.get.mockResolvedValue(configs.smtpEnabled);
      mocks.email.sendEmail.mockResolvedValue({ messageId: '', response: '' });
      await expect(sut.handleSendEmail({ html: '', subject: '', text: '', to: 'foo@bar.com' })).resolves.toBe(JobStatus.Success);
      expect(mocks.email.sendEmail).toHaveBeenCalledWith(expect.objectContaining({ replyTo: 'PhotoVault <noreply@localhost>' }));
    });
  });

  describe('handleUserSignup', () => {
    it('should queue a SendMail job', async () => {
      mocks.user.get.mockResolvedValue(userStub.admin);
      mocks.systemMetadata.get.mockResolvedValue({ server: {} });
      mocks.email.renderEmail.mockResolvedValue({ html: '', text: '' });

      await expect(sut.handleUserSignup({ id: '' })).resolves.toBe(JobStatus.Success);
      expect(mocks.email.renderEmail).toHaveBeenCalledWith(expect.objectContaining({ template: EmailTemplate.WELCOME }));
      expect(mocks.job.queue).toHaveBeenCalledWith({ name: JobName.SendMail, data: expect.anything() });
    });
  });
});
