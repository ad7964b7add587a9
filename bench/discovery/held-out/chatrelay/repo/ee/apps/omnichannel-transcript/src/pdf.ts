import PDFDocument from 'pdfkit';

export function renderTranscriptPdf(
	room: { _id: string; v: { name?: string }; servedBy?: { username: string } },
	messages: { msg: string; ts: Date; u: { username: string } }[],
): Promise<Buffer> {
	return new Promise((resolve) => {
		const doc = new PDFDocument({ size: 'A4', margin: 40 });
		const chunks: Buffer[] = [];
		doc.on('data', (c) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));

		doc.fontSize(16).text(`Conversation with ${room.v.name || 'visitor'}`);
		if (room.servedBy) doc.fontSize(10).text(`Agent: ${room.servedBy.username}`);
		doc.moveDown();
		for (const m of messages) {
			doc.fontSize(9).text(`[${m.ts.toISOString()}] ${m.u.username}: ${m.msg}`);
		}
		doc.end();
	});
}
