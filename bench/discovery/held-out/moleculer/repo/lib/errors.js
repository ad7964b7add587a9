"use strict";

const { MoleculerClientError } = require("moleculer").Errors;

class UnprocessableEntityError extends MoleculerClientError {
	constructor(message, field) {
		super(message, 422, "UNPROCESSABLE_ENTITY", [{ field, message }]);
	}
}

class NotFoundError extends MoleculerClientError {
	constructor(what) {
		super(`${what} not found`, 404, "NOT_FOUND");
	}
}

class ForbiddenError extends MoleculerClientError {
	constructor(message = "Forbidden") {
		super(message, 403, "FORBIDDEN");
	}
}

module.exports = { UnprocessableEntityError, NotFoundError, ForbiddenError };
