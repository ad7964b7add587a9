const MENTION = /(^|\s)@([\w.-]+)/g;

export function parseMentions(text: string): string[] {
	const out = new Set<string>();
	let m: RegExpExecArray | null;
	while ((m = MENTION.exec(text))) {
		out.add(m[2]);
	}
	return [...out];
}
