"use strict";

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

function parsePaging(params) {
	let limit = Number(params.limit);
	let offset = Number(params.offset);
	if (!Number.isFinite(limit) || limit <= 0) limit = DEFAULT_LIMIT;
	if (limit > MAX_LIMIT) limit = MAX_LIMIT;
	if (!Number.isFinite(offset) || offset < 0) offset = 0;
	return { limit, offset };
}

module.exports = { parsePaging, DEFAULT_LIMIT, MAX_LIMIT };
