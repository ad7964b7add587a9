"use strict";

const { createTestBroker, stubService } = require("../../helpers/fake-broker");
const ArticlesService = require("../../../services/articles.service");

describe("Test 'articles' service", () => {
	const broker = createTestBroker();
	broker.createService(ArticlesService);

	const author = { _id: "u1", username: "grace", bio: "", image: null };
	stubService(broker, "users", {
		get: () => author,
		findByUsername: () => author
	});
	stubService(broker, "favorites", {
		has: () => false,
		articleIDsOf: () => []
	});
	stubService(broker, "follows", {
		has: () => false,
		followingIDs: () => ["u1"]
	});

	beforeAll(() => broker.start());
	afterAll(() => broker.stop());

	const meta = { user: { _id: "u1", username: "grace" } };

	it("should create an article with a slug", async () => {
		const res = await broker.call("articles.create", {
			article: { title: "Compilers for fun", description: "d", body: "b", tagList: ["Dev", "dev "] }
		}, { meta });
		expect(res.article.slug).toMatch(/^compilers-for-fun-[0-9a-f]{6}$/);
		expect(res.article.tagList).toEqual(["dev"]);
		expect(res.article.favorited).toBe(false);
	});

	it("should list articles by author", async () => {
		const res = await broker.call("articles.list", { author: "grace" });
		expect(res.articlesCount).toBe(1);
	});

	it("should return the feed of followed authors", async () => {
		const res = await broker.call("articles.feed", {}, { meta });
		expect(res.articles.length).toBe(1);
	});
});
