import gql from 'graphql-tag';

export const shopApiExtensions = gql`
    type ProductReview implements Node {
        id: ID!
        createdAt: DateTime!
        summary: String!
        body: String!
        rating: Float!
        authorName: String!
    }

    type ProductReviewList implements PaginatedList {
        items: [ProductReview!]!
        totalItems: Int!
    }

    input SubmitProductReviewInput {
        productId: ID!
        summary: String!
        body: String!
        rating: Float!
    }

    extend type Product {
        reviews(options: ProductReviewListOptions): ProductReviewList!
    }

    input ProductReviewListOptions

    extend type Mutation {
        submitProductReview(input: SubmitProductReviewInput!): ProductReview!
    }
`;

export const adminApiExtensions = gql`
    type ProductReview implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        product: Product!
        summary: String!
        body: String!
        rating: Float!
        authorName: String!
        state: String!
    }

    extend type Mutation {
        approveProductReview(id: ID!): ProductReview
        rejectProductReview(id: ID!): ProductReview
    }
`;
