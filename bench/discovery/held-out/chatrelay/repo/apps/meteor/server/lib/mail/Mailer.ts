import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

import { settings } from '../../settings/cached';

let transport: Transporter | undefined;

function getTransport(): Transporter {
	if (!transport) {
		// Meteor convention: MAIL_URL=smtp://user:pass@host:port
		const url = process.env.MAIL_URL;
		if (url) {
			transport = nodemailer.createTransport(url);
		} else {
			transport = nodemailer.createTransport({
				host: settings.get<string>('SMTP_Host'),
				port: Number(settings.get('SMTP_Port') || 25),
				secure: false,
				auth: settings.get('SMTP_Username') ? { user: settings.get<string>('SMTP_Username'), pass: settings.get<string>('SMTP_Password') } : undefined,
			});
		}
	}
	return transport;
}

export async function send({ to, subject, html, text }: { to: string; subject: string; html?: string; text?: string }): Promise<void> {
	const from = settings.get<string>('From_Email') || 'no-reply@chatrelay.local';
	await getTransport().sendMail({ from, to, subject, html, text });
}

export function checkAddressFormat(address: string): boolean {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address);
}
