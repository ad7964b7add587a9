module.exports = {
	root: true,
	env: { node: true, commonjs: true, es2021: true, jest: true },
	extends: "eslint:recommended",
	parserOptions: { ecmaVersion: 2021 },
	rules: {
		indent: ["warn", "tab", { SwitchCase: 1 }],
		quotes: ["warn", "double"],
		semi: ["error", "always"],
		"no-unused-vars": ["warn"],
		"no-console": ["off"]
	}
};
