export interface IEmailOptions {
  to: string[];
  subject: string;
  html: string;
  from?: string;
  attachments?: { name: string; mime: string; file: Buffer }[];
}

export interface ISmsOptions {
  to: string;
  content: string;
  from?: string;
}

export interface ISendMessageSuccessResponse {
  id?: string;
  date?: string;
}

export interface IProviderEvent {
  id: string;
  status: 'delivered' | 'opened' | 'clicked' | 'bounced' | 'failed' | 'sent';
  date: string;
  row?: unknown;
}

export interface IProvider<T> {
  id: string;
  sendMessage(options: T): Promise<ISendMessageSuccessResponse>;
  parseEventBody?(body: unknown, headers: Record<string, string>): IProviderEvent | IProviderEvent[] | undefined;
}
