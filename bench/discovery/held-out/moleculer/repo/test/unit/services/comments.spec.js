"use strict";

const { createTestBroker, stubService } = require("../../helpers/fake-broker");
const CommentsService = require("../../../services/comments.service");

describe("Test 'comments' service", () => {
	const broker = createTestBroker();
	broker.createService(CommentsService);
	stubService(broker, "articles", {
		findBySlug: ctx => ({ _id: "a-" + ctx.params.slug, slug: ctx.params.slug })
	});
	stubService(broker, "users", {
		get: () => ({ _id: "u1", username: "ada" })
	});
	stubService(broker, "follows", { has: () => false });

	beforeAll(() => broker.start());
	afterAll(() => broker.stop());

	const meta = { user: { _id: "u1" } };

	it("creates and lists comments", async () => {
		await broker.call("comments.create", { slug: "x", comment: { body: "nice" } }, { meta });
		const res = await broker.call("comments.list", { slug: "x" });
		expect(res.commentsCount).toBe(1);
		expect(res.comments[0].author.username).toBe("ada");
	});

	it("removes comments when the article is removed", async () => {
		await broker.emit("article.removed", { articleID: "a-x" });
		await new Promise(r => setTimeout(r, 20));
		const res = await broker.call("comments.list", { slug: "x" });
		expect(res.commentsCount).toBe(0);
	});
});
