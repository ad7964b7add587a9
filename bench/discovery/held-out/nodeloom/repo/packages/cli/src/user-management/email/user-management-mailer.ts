import { GlobalConfig } from '@nodeloom/config';
import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { join as pathJoin } from 'path';
import { Container, Service } from 'typedi';

import { Logger } from '@/logging/logger.service';

import { NodeMailer } from './node-mailer';

type Template = HandlebarsTemplateDelegate<unknown>;
type TemplateName = 'invite' | 'passwordReset' | 'workflowShared' | 'credentialsShared';

/** Sends user-management emails (invites, password resets, sharing notifications). Main instance only. */
@Service()
export class UserManagementMailer {
	readonly isEmailSetUp: boolean;

	private mailer: NodeMailer | undefined;

	private readonly templatesCache: Partial<Record<TemplateName, Template>> = {};

	constructor(
		private readonly globalConfig: GlobalConfig,
		private readonly logger: Logger,
	) {
		const emailsConfig = globalConfig.userManagement.emails;
		this.isEmailSetUp = emailsConfig.mode === 'smtp' && emailsConfig.smtp.host !== '';
	}

	async init() {
		if (this.isEmailSetUp) this.mailer = Container.get(NodeMailer);
	}

	async invite(inviteEmailData: { email: string; inviteAcceptUrl: string }) {
		if (!this.mailer) return { emailSent: false };
		const template = await this.getTemplate('invite');
		return await this.mailer.sendMail({
			emailRecipients: inviteEmailData.email,
			subject: 'You have been invited to nodeloom',
			body: template(inviteEmailData),
		});
	}

	async passwordReset(passwordResetData: { email: string; passwordResetUrl: string }) {
		if (!this.mailer) return { emailSent: false };
		const template = await this.getTemplate('passwordReset');
		return await this.mailer.sendMail({
			emailRecipients: passwordResetData.email,
			subject: 'nodeloom password reset',
			body: template(passwordResetData),
		});
	}

	private async getTemplate(templateName: TemplateName): Promise<Template> {
		let template = this.templatesCache[templateName];
		if (!template) {
			const templateOverride = (this.globalConfig.userManagement.emails.template as Record<string, string>)[templateName];
			const templatePath = templateOverride || pathJoin(__dirname, `templates/${templateName}.html`);
			const markup = await readFile(templatePath, 'utf-8');
			template = Handlebars.compile(markup);
			this.templatesCache[templateName] = template;
		}
		return template;
	}
}
