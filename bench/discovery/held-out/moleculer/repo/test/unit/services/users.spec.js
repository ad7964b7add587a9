"use strict";

const { createTestBroker, stubService } = require("../../helpers/fake-broker");
const UsersService = require("../../../services/users.service");

describe("Test 'users' service", () => {
	const broker = createTestBroker();
	broker.createService(UsersService);
	stubService(broker, "follows", {
		has: jest.fn(() => false)
	});

	beforeAll(() => broker.start());
	afterAll(() => broker.stop());

	const user = { username: "ada", email: "ada@example.test", password: "lovelace1" };

	it("should register a user and return a token", async () => {
		const res = await broker.call("users.create", { user });
		expect(res.user.username).toBe("ada");
		expect(res.user.token).toBeDefined();
		expect(res.user.password).toBeUndefined();
	});

	it("should reject duplicate usernames", async () => {
		await expect(broker.call("users.create", { user })).rejects.toThrow("Username is exist!");
	});

	it("should login with the right password", async () => {
		const res = await broker.call("users.login", { user: { email: user.email, password: user.password } });
		expect(res.user.email).toBe(user.email);
	});

	it("should refuse a wrong password", async () => {
		await expect(broker.call("users.login", { user: { email: user.email, password: "nope" } }))
			.rejects.toThrow("Wrong password!");
	});

	it("should return a profile with following=false for anonymous", async () => {
		const res = await broker.call("users.profile", { username: "ada" });
		expect(res.profile.following).toBe(false);
	});
});
