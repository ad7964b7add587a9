"use strict";

const { createTestBroker, stubService } = require("../../helpers/fake-broker");
const FollowsService = require("../../../services/follows.service");

describe("Test 'follows' service", () => {
	const broker = createTestBroker();
	broker.createService(FollowsService);
	stubService(broker, "users", {
		findByUsername: ctx => ({ _id: ctx.params.username === "me" ? "u1" : "u2", username: ctx.params.username }),
		profile: ctx => ({ profile: { username: ctx.params.username } })
	});

	beforeAll(() => broker.start());
	afterAll(() => broker.stop());

	const meta = { user: { _id: "u1" } };

	it("follows another user", async () => {
		await broker.call("follows.follow", { username: "linus" }, { meta });
		expect(await broker.call("follows.has", { user: "u1", follow: "u2" })).toBe(true);
	});

	it("refuses to follow yourself", async () => {
		await expect(broker.call("follows.follow", { username: "me" }, { meta })).rejects.toThrow();
	});

	it("unfollows", async () => {
		await broker.call("follows.unfollow", { username: "linus" }, { meta });
		expect(await broker.call("follows.has", { user: "u1", follow: "u2" })).toBe(false);
	});
});
