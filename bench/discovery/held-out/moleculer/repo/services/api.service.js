"use strict";

const _ = require("lodash");
const ApiGateway = require("moleculer-web");
const { UnAuthorizedError } = ApiGateway.Errors;

/**
 * HTTP entry point. Traefik forwards quill.localhost/api/* here; every
 * alias is resolved to an action that lives on another node and is
 * reached through the transporter.
 */
module.exports = {
	name: "api",
	mixins: [ApiGateway],

	settings: {
		port: process.env.PORT || 3000,

		routes: [
			{
				path: "/api",

				authorization: true,
				autoAliases: false,

				aliases: {
					// Login
					"POST /users/login": "users.login",

					// Users
					"REST /users": "users",

					// Current user
					"GET /user": "users.me",
					"PUT /user": "users.updateMyself",

					// Articles
					"GET /articles/feed": "articles.feed",
					"REST /articles": "articles",
					"GET /tags": "articles.tags",

					// Comments
					"GET /articles/:slug/comments": "comments.list",
					"POST /articles/:slug/comments": "comments.create",
					"PUT /articles/:slug/comments/:commentID": "comments.update",
					"DELETE /articles/:slug/comments/:commentID": "comments.remove",

					// Favorites
					"POST /articles/:slug/favorite": "favorites.favorite",
					"DELETE /articles/:slug/favorite": "favorites.unfavorite",

					// Profile
					"GET /profiles/:username": "users.profile",
					"POST /profiles/:username/follow": "follows.follow",
					"DELETE /profiles/:username/follow": "follows.unfollow"
				},

				cors: {
					origin: process.env.CORS_ORIGIN || "*",
					methods: ["GET", "OPTIONS", "POST", "PUT", "DELETE"]
				},

				bodyParsers: {
					json: { strict: false },
					urlencoded: { extended: false }
				},

				mappingPolicy: "restrict"
			},
			{
				path: "/health",
				authorization: false,
				aliases: {
					"GET /": "$node.health"
				}
			}
		],

		assets: {
			folder: "./public"
		},

		onError(req, res, err) {
			res.setHeader("Content-type", "application/json; charset=utf-8");
			res.writeHead(err.code || 500);

			if (err.code == 422) {
				const o = {};
				(err.data || []).forEach(e => {
					const field = e.field.split(".").pop();
					o[field] = e.message;
				});
				return res.end(JSON.stringify({ errors: o }, null, 2));
			}

			const errObj = _.pick(err, ["name", "message", "code", "type", "data"]);
			res.end(JSON.stringify(errObj, null, 2));
			this.logResponse(req, res, err ? err.ctx : null);
		}
	},

	methods: {
		/**
		 * Resolve the "Authorization: Token xxx" header into ctx.meta.user
		 */
		async authorize(ctx, route, req) {
			let token;
			if (req.headers.authorization) {
				const [type, value] = req.headers.authorization.split(" ");
				if (type === "Token" || type === "Bearer") token = value;
			}

			let user;
			if (token) {
				try {
					user = await ctx.call("users.resolveToken", { token });
					if (user) {
						this.logger.debug("Authenticated via JWT:", user.username);
						ctx.meta.user = _.pick(user, ["_id", "username", "email", "image"]);
						ctx.meta.token = token;
						ctx.meta.userID = user._id;
					}
				} catch (err) {
					// token invalid - handled below by the action's auth flag
				}
			}

			if (req.$action.auth == "required" && !user) {
				throw new UnAuthorizedError();
			}
		}
	}
};
