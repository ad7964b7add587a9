import { registerRouteComponent } from '@tillery/admin-ui/core';
import gql from 'graphql-tag';

import { ReviewListComponent } from './review-list.component';

export const GET_REVIEWS = gql`
    query GetProductReviews($id: ID!) {
        product(id: $id) {
            id
            reviews {
                items { id summary rating state authorName }
                totalItems
            }
        }
    }
`;

export default [
    registerRouteComponent({
        component: ReviewListComponent,
        path: '',
        title: 'Product reviews',
        breadcrumb: 'Product reviews',
    }),
];
