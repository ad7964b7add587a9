import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates typed documents from the shop API schema. Run against a local server.
const config: CodegenConfig = {
    schema: 'http://localhost:3000/shop-api',
    documents: ['src/**/*.{ts,tsx}'],
    generates: {
        './src/gql/': {
            preset: 'client',
        },
    },
};

export default config;
