"use strict";

const _ = require("lodash");
const DbMixin = require("../mixins/db.mixin");
const CacheCleaner = require("../mixins/cache.cleaner.mixin");
const slugify = require("../lib/slugify");
const { parsePaging } = require("../lib/pagination");
const { NotFoundError, ForbiddenError } = require("../lib/errors");

const TAG_CLOUD_ENABLED = process.env.FEATURE_TAG_CLOUD === "true";

module.exports = {
	name: "articles",
	mixins: [DbMixin("articles"), CacheCleaner(["users", "follows", "favorites"])],

	settings: {
		rest: "articles/",
		fields: ["_id", "title", "slug", "description", "body", "tagList", "createdAt", "updatedAt", "favorited", "favoritesCount", "author"],

		// populate the author from the users service (remote call through the broker)
		populates: {
			author: {
				action: "users.get",
				params: { fields: ["username", "bio", "image"] }
			}
		},

		entityValidator: {
			title: { type: "string", min: 1 },
			description: { type: "string", min: 1 },
			body: { type: "string", min: 1 },
			tagList: { type: "array", items: "string", optional: true }
		}
	},

	actions: {
		create: {
			auth: "required",
			rest: "POST /",
			params: { article: { type: "object" } },
			async handler(ctx) {
				const entity = ctx.params.article;
				await this.validateEntity(entity);

				entity.slug = slugify(entity.title);
				entity.author = ctx.meta.user._id.toString();
				entity.tagList = _.uniq((entity.tagList || []).map(t => t.trim().toLowerCase()));
				entity.favoritesCount = 0;
				entity.createdAt = new Date();
				entity.updatedAt = new Date();

				const doc = await this.adapter.insert(entity);
				let json = await this.transformDocuments(ctx, { populate: ["author"] }, doc);
				json = await this.transformResult(ctx, json, ctx.meta.user);
				await this.entityChanged("created", json, ctx);
				return json;
			}
		},

		update: {
			auth: "required",
			rest: "PUT /:id",
			params: { id: { type: "string" }, article: { type: "object" } },
			async handler(ctx) {
				const newData = ctx.params.article;
				newData.updatedAt = new Date();

				const article = await this.findBySlug(ctx.params.id);
				if (!article) throw new NotFoundError("Article");
				if (article.author !== ctx.meta.user._id.toString()) throw new ForbiddenError();

				const update = { $set: _.pick(newData, ["title", "description", "body", "tagList", "updatedAt"]) };
				const doc = await this.adapter.updateById(article._id, update);
				const entity = await this.transformDocuments(ctx, { populate: ["author"] }, doc);
				const json = await this.transformResult(ctx, entity, ctx.meta.user);
				await this.entityChanged("updated", json, ctx);
				return json;
			}
		},

		list: {
			cache: { keys: ["#userID", "tag", "author", "favorited", "limit", "offset"] },
			rest: "GET /",
			params: {
				tag: { type: "string", optional: true },
				author: { type: "string", optional: true },
				favorited: { type: "string", optional: true },
				limit: { type: "number", optional: true, convert: true },
				offset: { type: "number", optional: true, convert: true }
			},
			async handler(ctx) {
				const { limit, offset } = parsePaging(ctx.params);
				const query = {};
				const params = { limit, offset, sort: ["-createdAt"], populate: ["author"], query };

				if (ctx.params.tag) query.tagList = { $in: [ctx.params.tag] };

				if (ctx.params.author) {
					const author = await ctx.call("users.findByUsername", { username: ctx.params.author });
					query.author = author._id.toString();
				}

				if (ctx.params.favorited) {
					const user = await ctx.call("users.findByUsername", { username: ctx.params.favorited });
					const ids = await ctx.call("favorites.articleIDsOf", { user: user._id.toString() });
					query._id = { $in: ids };
				}

				const [docs, total] = await Promise.all([
					this.adapter.find(params),
					this.adapter.count({ query })
				]);
				const entities = await this.transformDocuments(ctx, params, docs);
				const r = await this.transformResult(ctx, entities, ctx.meta.user);
				r.articlesCount = total;
				return r;
			}
		},

		feed: {
			auth: "required",
			cache: { keys: ["#userID", "limit", "offset"] },
			params: {
				limit: { type: "number", optional: true, convert: true },
				offset: { type: "number", optional: true, convert: true }
			},
			async handler(ctx) {
				const { limit, offset } = parsePaging(ctx.params);
				const authors = await ctx.call("follows.followingIDs", { user: ctx.meta.user._id.toString() });
				const query = { author: { $in: authors } };
				const params = { limit, offset, sort: ["-createdAt"], populate: ["author"], query };

				const [docs, total] = await Promise.all([
					this.adapter.find(params),
					this.adapter.count({ query })
				]);
				const entities = await this.transformDocuments(ctx, params, docs);
				const r = await this.transformResult(ctx, entities, ctx.meta.user);
				r.articlesCount = total;
				return r;
			}
		},

		get: {
			cache: { keys: ["#userID", "id"] },
			rest: "GET /:id",
			params: { id: { type: "string" } },
			async handler(ctx) {
				const entity = await this.findBySlug(ctx.params.id);
				if (!entity) throw new NotFoundError("Article");
				const doc = await this.transformDocuments(ctx, { populate: ["author"] }, entity);
				return this.transformResult(ctx, doc, ctx.meta.user);
			}
		},

		findBySlug: {
			params: { slug: "string" },
			async handler(ctx) {
				const article = await this.findBySlug(ctx.params.slug);
				if (!article) throw new NotFoundError("Article");
				return article;
			}
		},

		remove: {
			auth: "required",
			rest: "DELETE /:id",
			params: { id: { type: "any" } },
			async handler(ctx) {
				const entity = await this.findBySlug(ctx.params.id);
				if (!entity) throw new NotFoundError("Article");
				if (entity.author !== ctx.meta.user._id.toString()) throw new ForbiddenError();

				const json = await this.adapter.removeById(entity._id);
				await this.entityChanged("removed", json, ctx);
				// comments and favorites clean up after themselves
				ctx.emit("article.removed", { articleID: entity._id.toString() });
				return json;
			}
		},

		tags: {
			cache: { keys: [] },
			async handler() {
				if (!TAG_CLOUD_ENABLED) return { tags: [] };
				const list = await this.adapter.find({ fields: ["tagList"], sort: ["createdAt"] });
				const counts = _.countBy(_.flatten(list.map(a => a.tagList || [])));
				const tags = _.orderBy(Object.keys(counts), t => counts[t], "desc").slice(0, 30);
				return { tags };
			}
		}
	},

	events: {
		async "article.favorited"(ctx) {
			const { articleID, delta } = ctx.params;
			await this.adapter.updateById(articleID, { $inc: { favoritesCount: delta } });
			if (this.broker.cacher) await this.broker.cacher.clean(`${this.name}.*`);
		}
	},

	methods: {
		findBySlug(slug) {
			return this.adapter.findOne({ slug });
		},

		async transformResult(ctx, entities, user) {
			if (Array.isArray(entities)) {
				const articles = await this.Promise.all(entities.map(item => this.transformEntity(ctx, item, user)));
				return { articles };
			}
			const article = await this.transformEntity(ctx, entities, user);
			return { article };
		},

		async transformEntity(ctx, entity, user) {
			if (!entity) return entity;

			if (user) {
				const [favorited, following] = await Promise.all([
					ctx.call("favorites.has", { article: entity._id.toString(), user: user._id.toString() }),
					entity.author ? ctx.call("follows.has", { user: user._id.toString(), follow: entity.author._id }) : false
				]);
				entity.favorited = favorited;
				if (entity.author) entity.author.following = following;
			} else {
				entity.favorited = false;
				if (entity.author) entity.author.following = false;
			}
			return entity;
		}
	}
};
