import { ServiceClass, QueueWorker } from '@chatrelay/core-services';
import { getModel } from '@chatrelay/models';
import type { Collection } from 'mongodb';

import { renderTranscriptPdf } from './pdf';
import { uploadPdf } from './uploadPdf';

type LivechatRoom = { _id: string; v: { token: string; name?: string }; servedBy?: { username: string }; pdfTranscriptFileId?: string };

export class OmnichannelTranscript extends ServiceClass {
	protected name = 'omnichannel-transcript';

	async requestTranscript({ details }: { details: { rid: string; userId: string; from: string } }): Promise<void> {
		// hand off to queue-worker, which will call back workOnPdf
		await QueueWorker.queueWork(`${this.name}.workOnPdf`, { details });
	}

	async workOnPdf({ details }: { details: { rid: string; userId: string } }): Promise<void> {
		const Rooms = getModel<Collection<LivechatRoom>>('rooms');
		const Messages = getModel<Collection<{ rid: string; msg: string; ts: Date; u: { username: string } }>>('message');

		const room = await Rooms.findOne({ _id: details.rid });
		if (!room) throw new Error('room-not-found');

		const messages = await Messages.find({ rid: details.rid }, { sort: { ts: 1 } }).toArray();
		const pdf = await renderTranscriptPdf(room, messages);
		const key = await uploadPdf(`transcripts/${room._id}.pdf`, pdf);

		await Rooms.updateOne({ _id: room._id }, { $set: { pdfTranscriptFileId: key } });
		await this.api?.call('message.sendMessage', { fromId: details.userId, rid: room._id, msg: `Transcript ready: ${key}` });
	}
}
