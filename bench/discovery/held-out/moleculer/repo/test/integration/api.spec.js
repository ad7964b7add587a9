"use strict";

/**
 * Runs against a locally started stack (npm run dc:up or npm run dev).
 * Skipped in CI unless QUILL_E2E=1.
 */
const request = require("supertest");

const BASE_URL = process.env.QUILL_API_URL || "http://localhost:3000";
const run = process.env.QUILL_E2E === "1" ? describe : describe.skip;

run("Quill API (e2e)", () => {
	const agent = request(BASE_URL);
	const suffix = Date.now();
	let token;

	it("registers a user", async () => {
		const res = await agent.post("/api/users").send({
			user: { username: `e2e${suffix}`, email: `e2e${suffix}@example.test`, password: "secret123" }
		});
		expect(res.status).toBe(200);
		token = res.body.user.token;
	});

	it("creates and reads an article", async () => {
		const created = await agent.post("/api/articles")
			.set("Authorization", `Token ${token}`)
			.send({ article: { title: "E2E", description: "e2e", body: "body" } });
		expect(created.status).toBe(200);

		const res = await agent.get(`/api/articles/${created.body.article.slug}`);
		expect(res.body.article.title).toBe("E2E");
	});

	it("health endpoint is up", async () => {
		const res = await agent.get("/health");
		expect(res.status).toBe(200);
	});
});
