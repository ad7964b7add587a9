"use strict";

const slugify = require("../../lib/slugify");
const { parsePaging, MAX_LIMIT } = require("../../lib/pagination");

describe("lib", () => {
	it("slugify lowercases and suffixes", () => {
		expect(slugify("Hello World")).toMatch(/^hello-world-[0-9a-f]{6}$/);
	});

	it("parsePaging clamps the limit", () => {
		expect(parsePaging({ limit: 1000 }).limit).toBe(MAX_LIMIT);
		expect(parsePaging({ limit: -1, offset: -5 })).toEqual({ limit: 20, offset: 0 });
	});
});
