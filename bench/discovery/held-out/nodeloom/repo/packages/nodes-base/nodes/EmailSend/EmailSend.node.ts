import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'nodeloom-workflow';
import { createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** Send Email node: SMTP server comes from the user's `smtp` credential. */
export class EmailSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Send Email',
		name: 'emailSend',
		icon: 'fa:envelope',
		group: ['output'],
		version: [2, 2.1],
		description: 'Sends an email using SMTP protocol',
		defaults: { name: 'Send Email' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'smtp', required: true }],
		properties: [
			{ displayName: 'From Email', name: 'fromEmail', type: 'string', default: '' },
			{ displayName: 'To Email', name: 'toEmail', type: 'string', default: '' },
			{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
			{ displayName: 'Text', name: 'text', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const credentials = await this.getCredentials('smtp');
		const connectionOptions: SMTPTransport.Options = {
			host: credentials.host as string,
			port: credentials.port as number,
			secure: credentials.secure as boolean,
			auth: { user: credentials.user as string, pass: credentials.password as string },
		};
		const transporter = createTransport(connectionOptions);
		const returnData: INodeExecutionData[] = [];

		for (let i = 0; i < items.length; i++) {
			const info = await transporter.sendMail({
				from: this.getNodeParameter('fromEmail', i) as string,
				to: this.getNodeParameter('toEmail', i) as string,
				subject: this.getNodeParameter('subject', i) as string,
				text: this.getNodeParameter('text', i) as string,
			});
			returnData.push({ json: info as unknown as Record<string, unknown>, pairedItem: { item: i } });
		}
		return [returnData];
	}
}
