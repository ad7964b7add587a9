"use strict";

const DbMixin = require("../mixins/db.mixin");
const { UnprocessableEntityError } = require("../lib/errors");

module.exports = {
	name: "follows",
	mixins: [DbMixin("follows")],

	settings: {
		fields: ["_id", "user", "follow", "createdAt"]
	},

	actions: {
		follow: {
			auth: "required",
			params: { username: { type: "string" } },
			async handler(ctx) {
				const target = await ctx.call("users.findByUsername", { username: ctx.params.username });
				const user = ctx.meta.user._id.toString();
				const follow = target._id.toString();
				if (user === follow) throw new UnprocessableEntityError("You cannot follow yourself", "username");

				if (!(await this.findByFollowAndUser(follow, user))) {
					await this.adapter.insert({ user, follow, createdAt: new Date() });
					await this.entityChanged("created", { user, follow }, ctx);
					ctx.emit("user.followed", { user, follow });
				}
				return ctx.call("users.profile", { username: ctx.params.username });
			}
		},

		unfollow: {
			auth: "required",
			params: { username: { type: "string" } },
			async handler(ctx) {
				const target = await ctx.call("users.findByUsername", { username: ctx.params.username });
				const user = ctx.meta.user._id.toString();
				const item = await this.findByFollowAndUser(target._id.toString(), user);
				if (!item) throw new UnprocessableEntityError("User has not been followed yet", "username");

				await this.adapter.removeById(item._id);
				await this.entityChanged("removed", { user }, ctx);
				return ctx.call("users.profile", { username: ctx.params.username });
			}
		},

		has: {
			cache: { keys: ["user", "follow"] },
			params: { user: { type: "string" }, follow: { type: "string" } },
			async handler(ctx) {
				return !!(await this.findByFollowAndUser(ctx.params.follow, ctx.params.user));
			}
		},

		followingIDs: {
			cache: { keys: ["user"] },
			params: { user: { type: "string" } },
			async handler(ctx) {
				const list = await this.adapter.find({ query: { user: ctx.params.user } });
				return list.map(f => f.follow);
			}
		},

		count: {
			cache: { keys: ["user", "follow"] },
			params: { user: { type: "string", optional: true }, follow: { type: "string", optional: true } },
			handler(ctx) {
				const query = {};
				if (ctx.params.follow) query.follow = ctx.params.follow;
				if (ctx.params.user) query.user = ctx.params.user;
				return this.adapter.count({ query });
			}
		}
	},

	methods: {
		findByFollowAndUser(follow, user) {
			return this.adapter.findOne({ follow, user });
		}
	}
};
