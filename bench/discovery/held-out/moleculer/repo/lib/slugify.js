"use strict";

const slug = require("slug");
const crypto = require("crypto");

/**
 * "How to train your dragon" -> "how-to-train-your-dragon-3fa9c1"
 */
module.exports = function slugify(title) {
	const base = slug(title || "untitled", { lower: true }).slice(0, 80);
	const suffix = crypto.randomBytes(3).toString("hex");
	return `${base}-${suffix}`;
};
