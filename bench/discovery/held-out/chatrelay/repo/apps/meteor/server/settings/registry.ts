type SettingOptions = Record<string, unknown>;

interface GroupContext {
	add(id: string, value: unknown, options: SettingOptions): void;
	section(name: string, cb: (this: GroupContext) => void): void;
}

const definitions = new Map<string, { value: unknown; group: string; options: SettingOptions }>();

export const settingsRegistry = {
	addGroup(group: string, cb: (this: GroupContext) => void) {
		const ctx: GroupContext = {
			add(id, value, options) {
				definitions.set(id, { value, group, options });
			},
			section(_name, sectionCb) {
				sectionCb.call(ctx);
			},
		};
		cb.call(ctx);
	},
	all() {
		return definitions;
	},
};
