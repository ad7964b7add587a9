#!/usr/bin/env node
"use strict";

/**
 * Seed a local MongoDB with demo users and articles.
 *   MONGO_URI=mongodb://localhost:27017 node scripts/seed.js
 * Developer convenience only - the services never run this.
 */
const { MongoClient } = require("mongodb");
const bcrypt = require("bcryptjs");

const uri = process.env.MONGO_URI || "mongodb://localhost:27017";

async function main() {
	const client = new MongoClient(uri);
	await client.connect();
	try {
		const users = client.db("quill-users").collection("users");
		const articles = client.db("quill-articles").collection("articles");

		await users.deleteMany({});
		await articles.deleteMany({});

		const { insertedIds } = await users.insertMany([
			{ username: "ada", email: "ada@example.test", password: bcrypt.hashSync("password1", 10), bio: "Analyst", image: null },
			{ username: "grace", email: "grace@example.test", password: bcrypt.hashSync("password1", 10), bio: "Admiral", image: null }
		]);

		await articles.insertMany([
			{ title: "Notes on the Analytical Engine", slug: "notes-on-the-analytical-engine-000001", description: "Note G",
				body: "...", tagList: ["history"], author: insertedIds[0].toString(), favoritesCount: 0, createdAt: new Date() },
			{ title: "Finding the first bug", slug: "finding-the-first-bug-000002", description: "A moth",
				body: "...", tagList: ["debugging"], author: insertedIds[1].toString(), favoritesCount: 0, createdAt: new Date() }
		]);
		console.log("Seeded", uri);
	} finally {
		await client.close();
	}
}

main().catch(err => {
	console.error(err);
	process.exit(1);
});
