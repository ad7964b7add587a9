"use strict";

const bcrypt = require("bcryptjs");
const jwt = require("jsonwebtoken");
const { MoleculerClientError } = require("moleculer").Errors;
const DbMixin = require("../mixins/db.mixin");
const CacheCleaner = require("../mixins/cache.cleaner.mixin");
const { UnprocessableEntityError, NotFoundError } = require("../lib/errors");

const JWT_SECRET = process.env.JWT_SECRET || "jwt-quill-dev-secret";

module.exports = {
	name: "users",
	mixins: [DbMixin("users"), CacheCleaner(["users", "follows"])],

	settings: {
		rest: "/",
		JWT_SECRET,
		fields: ["_id", "username", "email", "bio", "image"],
		entityValidator: {
			username: { type: "string", min: 2, pattern: /^[a-zA-Z0-9_.-]+$/ },
			password: { type: "string", min: 6 },
			email: { type: "email" },
			bio: { type: "string", optional: true },
			image: { type: "string", optional: true }
		}
	},

	actions: {
		create: {
			rest: "POST /users",
			params: { user: { type: "object" } },
			async handler(ctx) {
				const entity = ctx.params.user;
				await this.validateEntity(entity);

				if (await this.adapter.findOne({ username: entity.username }))
					throw new UnprocessableEntityError("Username is exist!", "username");
				if (await this.adapter.findOne({ email: entity.email }))
					throw new UnprocessableEntityError("Email is exist!", "email");

				entity.password = bcrypt.hashSync(entity.password, 10);
				entity.bio = entity.bio || "";
				entity.image = entity.image || null;
				entity.createdAt = new Date();

				const doc = await this.adapter.insert(entity);
				const user = await this.transformDocuments(ctx, {}, doc);
				const json = await this.transformEntity(user, true, ctx.meta.token);
				await this.entityChanged("created", json, ctx);

				// Welcome mail was handled by a "mail" service in v0.x - removed
				// await ctx.call("mail.send", { to: entity.email, template: "welcome" });
				return json;
			}
		},

		login: {
			params: {
				user: {
					type: "object",
					props: { email: { type: "email" }, password: { type: "string", min: 1 } }
				}
			},
			async handler(ctx) {
				const { email, password } = ctx.params.user;
				const user = await this.adapter.findOne({ email });
				if (!user)
					throw new MoleculerClientError("Email or password is invalid!", 422, "", [{ field: "email", message: "is not found" }]);

				if (!(await bcrypt.compare(password, user.password)))
					throw new MoleculerClientError("Wrong password!", 422, "", [{ field: "email", message: "is not found" }]);

				const doc = await this.transformDocuments(ctx, {}, user);
				return this.transformEntity(doc, true, ctx.meta.token);
			}
		},

		resolveToken: {
			cache: { keys: ["token"], ttl: 60 * 60 },
			params: { token: "string" },
			async handler(ctx) {
				const decoded = await new Promise((resolve, reject) => {
					jwt.verify(ctx.params.token, this.settings.JWT_SECRET, (err, dec) => {
						if (err) return reject(err);
						resolve(dec);
					});
				});
				if (decoded.id) return this.getById(decoded.id);
			}
		},

		me: {
			auth: "required",
			rest: "GET /user",
			cache: { keys: ["#userID"] },
			async handler(ctx) {
				const user = await this.getById(ctx.meta.user._id);
				if (!user) throw new NotFoundError("User");
				const doc = await this.transformDocuments(ctx, {}, user);
				return this.transformEntity(doc, true, ctx.meta.token);
			}
		},

		updateMyself: {
			auth: "required",
			params: {
				user: {
					type: "object",
					props: {
						username: { type: "string", min: 2, optional: true, pattern: /^[a-zA-Z0-9_.-]+$/ },
						password: { type: "string", min: 6, optional: true },
						email: { type: "email", optional: true },
						bio: { type: "string", optional: true },
						image: { type: "string", optional: true }
					}
				}
			},
			async handler(ctx) {
				const newData = ctx.params.user;
				if (newData.username) {
					const found = await this.adapter.findOne({ username: newData.username });
					if (found && found._id.toString() !== ctx.meta.user._id.toString())
						throw new UnprocessableEntityError("Username is exist!", "username");
				}
				if (newData.email) {
					const found = await this.adapter.findOne({ email: newData.email });
					if (found && found._id.toString() !== ctx.meta.user._id.toString())
						throw new UnprocessableEntityError("Email is exist!", "email");
				}
				if (newData.password) newData.password = bcrypt.hashSync(newData.password, 10);
				newData.updatedAt = new Date();

				const doc = await this.adapter.updateById(ctx.meta.user._id, { $set: newData });
				const user = await this.transformDocuments(ctx, {}, doc);
				const json = await this.transformEntity(user, true, ctx.meta.token);
				await this.entityChanged("updated", json, ctx);
				ctx.emit("user.updated", { userID: ctx.meta.user._id });
				return json;
			}
		},

		list: { rest: "GET /users" },
		get: { rest: "GET /users/:id" },
		update: { rest: "PUT /users/:id" },
		remove: { rest: "DELETE /users/:id" },

		findByUsername: {
			cache: { keys: ["username"] },
			params: { username: "string" },
			async handler(ctx) {
				const user = await this.adapter.findOne({ username: ctx.params.username });
				if (!user) throw new NotFoundError("User");
				return this.transformDocuments(ctx, {}, user);
			}
		},

		profile: {
			cache: { keys: ["#userID", "username"] },
			params: { username: "string" },
			async handler(ctx) {
				const user = await this.adapter.findOne({ username: ctx.params.username });
				if (!user) throw new NotFoundError("User");
				const doc = await this.transformDocuments(ctx, {}, user);
				return this.transformProfile(ctx, doc, ctx.meta.user);
			}
		}
	},

	methods: {
		generateJWT(user) {
			const today = new Date();
			const exp = new Date(today);
			exp.setDate(today.getDate() + 60);

			return jwt.sign({
				id: user._id,
				username: user.username,
				exp: Math.floor(exp.getTime() / 1000)
			}, this.settings.JWT_SECRET);
		},

		transformEntity(user, withToken, token) {
			if (user) {
				user.image = user.image || "https://static.quill.example/default-avatar.png";
				if (withToken) user.token = token || this.generateJWT(user);
			}
			return { user };
		},

		async transformProfile(ctx, user, loggedInUser) {
			user.image = user.image || "https://static.quill.example/default-avatar.png";
			if (loggedInUser) {
				// following flag lives in the follows service
				user.following = await ctx.call("follows.has", {
					user: loggedInUser._id.toString(),
					follow: user._id.toString()
				});
			} else {
				user.following = false;
			}
			return { profile: user };
		}
	},

	events: {
		"cache.clean.users"() {
			if (this.broker.cacher) this.broker.cacher.clean(`${this.name}.*`);
		}
	}
};
