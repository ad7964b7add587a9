import { createTestEnvironment, registerInitializer, SqljsInitializer, testConfig as base } from '@tillery/testing';
import { mergeConfig } from '@tillery/core';
import gql from 'graphql-tag';
import path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ReviewsPlugin } from '../../src/plugins/reviews/reviews.plugin';
import { testConfig } from './config/test-config';

registerInitializer('sqljs', new SqljsInitializer(path.join(__dirname, '__data__')));

const SUBMIT_REVIEW = gql`
    mutation Submit($input: SubmitProductReviewInput!) {
        submitProductReview(input: $input) {
            id
            rating
        }
    }
`;

describe('ReviewsPlugin', () => {
    const { server, adminClient, shopClient } = createTestEnvironment(
        mergeConfig(testConfig, { plugins: [ReviewsPlugin] }),
    );

    beforeAll(async () => {
        await server.init({
            initialData: require('../fixtures/initial-data.json'),
            productsCsvPath: path.join(__dirname, '../fixtures/products.csv'),
            customerCount: 2,
        });
        await adminClient.asSuperAdmin();
    }, 60000);

    afterAll(async () => {
        await server.destroy();
    });

    it('customer can submit a review', async () => {
        await shopClient.asUserWithCredentials('hayden.zieme12@hotmail.com', 'test');
        const { submitProductReview } = await shopClient.query(SUBMIT_REVIEW, {
            input: { productId: 'T_1', summary: 'Great', body: 'Heats evenly', rating: 5 },
        });
        expect(submitProductReview.rating).toBe(5);
    });
});
