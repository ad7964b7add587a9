import { gql } from 'graphql-request';

export const PRODUCT_CARD_FRAGMENT = gql`
    fragment ProductCard on SearchResult {
        productId
        productName
        slug
        productAsset { id preview }
        priceWithTax {
            ... on PriceRange { min max }
            ... on SinglePrice { value }
        }
        currencyCode
    }
`;

export const SEARCH_PRODUCTS = gql`
    query SearchProducts($input: SearchInput!) {
        search(input: $input) {
            totalItems
            items { ...ProductCard }
            facetValues { count facetValue { id name facet { name } } }
        }
    }
    ${PRODUCT_CARD_FRAGMENT}
`;

export const GET_PRODUCT = gql`
    query GetProduct($slug: String!) {
        product(slug: $slug) {
            id
            name
            description
            featuredAsset { preview }
            variants { id name sku priceWithTax currencyCode stockLevel }
            customFields { reviewRating reviewCount }
            reviews { items { id summary body rating authorName } totalItems }
        }
    }
`;

export const ADD_TO_CART = gql`
    mutation AddItemToOrder($variantId: ID!, $quantity: Int!) {
        addItemToOrder(productVariantId: $variantId, quantity: $quantity) {
            ... on Order { id code totalQuantity totalWithTax }
            ... on ErrorResult { errorCode message }
        }
    }
`;

export const ACTIVE_ORDER = gql`
    query ActiveOrder {
        activeOrder {
            id
            code
            state
            totalWithTax
            currencyCode
            lines { id quantity linePriceWithTax productVariant { name } featuredAsset { preview } }
        }
    }
`;

export const CREATE_STRIPE_PAYMENT_INTENT = gql`
    mutation CreateStripePaymentIntent {
        createStripePaymentIntent
    }
`;
