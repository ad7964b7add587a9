"use strict";

const { createTestBroker, stubService } = require("../../helpers/fake-broker");
const FavoritesService = require("../../../services/favorites.service");

describe("Test 'favorites' service", () => {
	const broker = createTestBroker();
	broker.createService(FavoritesService);
	const favorited = jest.fn();
	stubService(broker, "articles", {
		findBySlug: () => ({ _id: "a1" }),
		get: () => ({ article: { slug: "s" } })
	});
	broker.createService({ name: "spy", events: { "article.favorited": favorited } });

	beforeAll(() => broker.start());
	afterAll(() => broker.stop());

	const meta = { user: { _id: "u1" } };

	it("favorites once", async () => {
		await broker.call("favorites.favorite", { slug: "s" }, { meta });
		expect(await broker.call("favorites.has", { article: "a1", user: "u1" })).toBe(true);
		await expect(broker.call("favorites.favorite", { slug: "s" }, { meta })).rejects.toThrow();
		expect(favorited).toHaveBeenCalled();
	});
});
