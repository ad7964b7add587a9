import { LanguageCode, PluginCommonModule, TilleryPlugin } from '@tillery/core';

import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    AdminProductReviewResolver,
    ProductEntityResolver,
    ShopProductReviewResolver,
} from './api/product-review.resolver';
import { ProductReview } from './entities/product-review.entity';

@TilleryPlugin({
    imports: [PluginCommonModule],
    entities: [ProductReview],
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [ProductEntityResolver, ShopProductReviewResolver],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [AdminProductReviewResolver],
    },
    configuration: config => {
        config.customFields.Product.push(
            {
                name: 'reviewRating',
                label: [{ languageCode: LanguageCode.en, value: 'Review rating' }],
                public: true,
                nullable: true,
                type: 'float',
                ui: { tab: 'Reviews', component: 'star-rating-form-input' },
            },
            {
                name: 'reviewCount',
                label: [{ languageCode: LanguageCode.en, value: 'Review count' }],
                public: true,
                defaultValue: 0,
                type: 'int',
                ui: { tab: 'Reviews' },
            },
        );
        return config;
    },
    compatibility: '^2.0.0',
})
export class ReviewsPlugin {}
