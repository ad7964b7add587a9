"use strict";

const DbMixin = require("../mixins/db.mixin");
const CacheCleaner = require("../mixins/cache.cleaner.mixin");
const { NotFoundError, ForbiddenError } = require("../lib/errors");

module.exports = {
	name: "comments",
	mixins: [DbMixin("comments"), CacheCleaner(["users", "follows"])],

	settings: {
		fields: ["_id", "author", "article", "body", "createdAt", "updatedAt"],
		populates: {
			author: {
				action: "users.get",
				params: { fields: ["_id", "username", "bio", "image"] }
			}
		},
		entityValidator: {
			article: { type: "any" },
			body: { type: "string", min: 1 }
		}
	},

	actions: {
		create: {
			auth: "required",
			params: {
				slug: { type: "string" },
				comment: { type: "object", props: { body: { type: "string", min: 1 } } }
			},
			async handler(ctx) {
				const article = await ctx.call("articles.findBySlug", { slug: ctx.params.slug });
				const entity = {
					article: article._id.toString(),
					body: ctx.params.comment.body,
					author: ctx.meta.user._id.toString(),
					createdAt: new Date(),
					updatedAt: new Date()
				};
				const doc = await this.adapter.insert(entity);
				let json = await this.transformDocuments(ctx, { populate: ["author"] }, doc);
				json = await this.transformResult(ctx, json, ctx.meta.user);
				await this.entityChanged("created", json, ctx);
				return json;
			}
		},

		update: {
			auth: "required",
			params: {
				commentID: { type: "string" },
				comment: { type: "object", props: { body: { type: "string", min: 1 } } }
			},
			async handler(ctx) {
				const comment = await this.getById(ctx.params.commentID);
				if (!comment) throw new NotFoundError("Comment");
				if (comment.author !== ctx.meta.user._id.toString()) throw new ForbiddenError();

				const doc = await this.adapter.updateById(ctx.params.commentID, {
					$set: { body: ctx.params.comment.body, updatedAt: new Date() }
				});
				const entity = await this.transformDocuments(ctx, { populate: ["author"] }, doc);
				const json = await this.transformResult(ctx, entity, ctx.meta.user);
				await this.entityChanged("updated", json, ctx);
				return json;
			}
		},

		list: {
			cache: { keys: ["#userID", "slug", "limit", "offset"] },
			params: {
				slug: { type: "string" },
				limit: { type: "number", optional: true, convert: true },
				offset: { type: "number", optional: true, convert: true }
			},
			async handler(ctx) {
				const limit = ctx.params.limit ? Number(ctx.params.limit) : 50;
				const offset = ctx.params.offset ? Number(ctx.params.offset) : 0;
				const article = await ctx.call("articles.findBySlug", { slug: ctx.params.slug });

				const params = {
					limit, offset,
					sort: ["-createdAt"],
					populate: ["author"],
					query: { article: article._id.toString() }
				};
				const [docs, total] = await Promise.all([
					this.adapter.find(params),
					this.adapter.count({ query: params.query })
				]);
				const entities = await this.transformDocuments(ctx, params, docs);
				const r = await this.transformResult(ctx, entities, ctx.meta.user);
				r.commentsCount = total;
				return r;
			}
		},

		remove: {
			auth: "required",
			params: { slug: { type: "string" }, commentID: { type: "string" } },
			async handler(ctx) {
				const comment = await this.getById(ctx.params.commentID);
				if (!comment) throw new NotFoundError("Comment");
				if (comment.author !== ctx.meta.user._id.toString()) throw new ForbiddenError();
				const json = await this.adapter.removeById(ctx.params.commentID);
				await this.entityChanged("removed", json, ctx);
				return json;
			}
		}
	},

	events: {
		async "article.removed"(ctx) {
			const removed = await this.adapter.removeMany({ article: ctx.params.articleID });
			this.logger.info(`Removed ${removed} comment(s) of article ${ctx.params.articleID}`);
		}
	},

	methods: {
		async transformResult(ctx, entities, user) {
			if (Array.isArray(entities)) {
				const comments = await this.Promise.all(entities.map(item => this.transformEntity(ctx, item, user)));
				return { comments };
			}
			const comment = await this.transformEntity(ctx, entities, user);
			return { comment };
		},

		async transformEntity(ctx, entity, loggedInUser) {
			if (!entity) return null;
			if (loggedInUser && entity.author) {
				entity.author.following = await ctx.call("follows.has", {
					user: loggedInUser._id.toString(),
					follow: entity.author._id
				});
			} else if (entity.author) {
				entity.author.following = false;
			}
			return entity;
		}
	}
};
