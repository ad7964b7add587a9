import { Config, Env, Nested } from '../decorators';

@Config
class SmtpAuth {
	@Env('NODELOOM_SMTP_USER')
	user: string = '';

	@Env('NODELOOM_SMTP_PASS')
	pass: string = '';
}

@Config
class SmtpConfig {
	/** SMTP server host */
	@Env('NODELOOM_SMTP_HOST')
	host: string = '';

	@Env('NODELOOM_SMTP_PORT')
	port: number = 465;

	@Env('NODELOOM_SMTP_SSL')
	secure: boolean = true;

	@Env('NODELOOM_SMTP_STARTTLS')
	startTLS: boolean = true;

	@Env('NODELOOM_SMTP_SENDER')
	sender: string = '';

	@Nested
	auth: SmtpAuth;
}

@Config
export class TemplateConfig {
	@Env('NODELOOM_UM_EMAIL_TEMPLATES_INVITE')
	invite: string = '';

	@Env('NODELOOM_UM_EMAIL_TEMPLATES_PWRESET')
	passwordReset: string = '';
}

@Config
class EmailConfig {
	/** How to send emails: '' disables, 'smtp' sends via SMTP */
	@Env('NODELOOM_EMAIL_MODE')
	mode: '' | 'smtp' = 'smtp';

	@Nested
	smtp: SmtpConfig;

	@Nested
	template: TemplateConfig;
}

@Config
export class UserManagementConfig {
	@Nested
	emails: EmailConfig;

	@Env('NODELOOM_USER_MANAGEMENT_JWT_SECRET')
	jwtSecret: string = '';
}
