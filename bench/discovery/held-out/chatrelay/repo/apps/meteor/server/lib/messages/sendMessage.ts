import { Authorization } from '@chatrelay/core-services';

import { parseMentions } from '../utils/mentions';

export interface IMessage {
	_id?: string;
	rid?: string;
	msg: string;
	ts?: Date;
	u?: { _id: string; username?: string };
	mentions?: string[];
}

export async function sendMessage(user: { _id: string; username?: string }, message: IMessage, room: { _id: string }) {
	const allowed = await Authorization.hasPermission(user._id, 'send-message', room._id);
	if (allowed === false) {
		throw new Error('error-not-allowed');
	}
	const msg: IMessage = {
		...message,
		rid: room._id,
		ts: new Date(),
		u: { _id: user._id, username: user.username },
		mentions: parseMentions(message.msg),
	};
	return msg;
}
