"use strict";

const DbMixin = require("../mixins/db.mixin");
const { UnprocessableEntityError } = require("../lib/errors");

module.exports = {
	name: "favorites",
	mixins: [DbMixin("favorites")],

	settings: {
		fields: ["_id", "user", "article", "createdAt"]
	},

	actions: {
		favorite: {
			auth: "required",
			params: { slug: { type: "string" } },
			async handler(ctx) {
				const article = await ctx.call("articles.findBySlug", { slug: ctx.params.slug });
				const user = ctx.meta.user._id.toString();
				const articleID = article._id.toString();

				if (await this.findByArticleAndUser(articleID, user))
					throw new UnprocessableEntityError("Article has already been favorited", "article");

				await this.adapter.insert({ article: articleID, user, createdAt: new Date() });
				await this.entityChanged("created", { article: articleID }, ctx);
				ctx.emit("article.favorited", { articleID, delta: 1 });

				return ctx.call("articles.get", { id: ctx.params.slug });
			}
		},

		unfavorite: {
			auth: "required",
			params: { slug: { type: "string" } },
			async handler(ctx) {
				const article = await ctx.call("articles.findBySlug", { slug: ctx.params.slug });
				const user = ctx.meta.user._id.toString();
				const articleID = article._id.toString();

				const item = await this.findByArticleAndUser(articleID, user);
				if (!item) throw new UnprocessableEntityError("Article has not been favorited yet", "article");

				await this.adapter.removeById(item._id);
				await this.entityChanged("removed", { article: articleID }, ctx);
				ctx.emit("article.favorited", { articleID, delta: -1 });

				return ctx.call("articles.get", { id: ctx.params.slug });
			}
		},

		has: {
			cache: { keys: ["article", "user"] },
			params: { article: { type: "string" }, user: { type: "string" } },
			async handler(ctx) {
				const item = await this.findByArticleAndUser(ctx.params.article, ctx.params.user);
				return !!item;
			}
		},

		count: {
			cache: { keys: ["article"] },
			params: { article: { type: "string" } },
			handler(ctx) {
				return this.adapter.count({ query: { article: ctx.params.article } });
			}
		},

		articleIDsOf: {
			params: { user: { type: "string" } },
			async handler(ctx) {
				const list = await this.adapter.find({ query: { user: ctx.params.user } });
				return list.map(f => f.article);
			}
		}
	},

	events: {
		async "article.removed"(ctx) {
			await this.adapter.removeMany({ article: ctx.params.articleID });
		}
	},

	methods: {
		findByArticleAndUser(article, user) {
			return this.adapter.findOne({ article, user });
		}
	}
};
