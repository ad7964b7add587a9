import { ServiceClassInternal } from '@chatrelay/core-services';

import { sendMessage } from '../../lib/messages/sendMessage';

export class MessageService extends ServiceClassInternal {
	protected name = 'message';

	async sendMessage({ fromId, rid, msg }: { fromId: string; rid: string; msg: string }) {
		return sendMessage({ _id: fromId }, { msg }, { _id: rid });
	}
}
