import axios from 'axios';
import { SendgridEmailProvider } from './sendgrid.provider';

jest.mock('axios');

describe('SendgridEmailProvider', () => {
  it('posts to /mail/send and returns the message id', async () => {
    const post = jest.fn().mockResolvedValue({ headers: { 'x-message-id': 'abc123' } });
    (axios.create as jest.Mock).mockReturnValue({ post });

    const provider = new SendgridEmailProvider({ apiKey: 'SG.test', from: 'test@pingwell.dev' });
    const res = await provider.sendMessage({ to: ['a@b.c'], subject: 'hi', html: '<b>hi</b>' });

    expect(post).toHaveBeenCalledWith('/mail/send', expect.objectContaining({ subject: 'hi' }));
    expect(res.id).toBe('abc123');
  });

  it('maps event webhooks', () => {
    const provider = new SendgridEmailProvider({ apiKey: 'SG.test', from: 'x@y.z' });
    const [event] = provider.parseEventBody([{ sg_message_id: 'abc123.filter', event: 'open', timestamp: 1 }]);
    expect(event).toMatchObject({ id: 'abc123', status: 'opened' });
  });
});
