module.exports = {
  extends: ['airbnb-base'],
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  rules: { 'max-len': ['error', 180], 'import/prefer-default-export': 'off' },
};
