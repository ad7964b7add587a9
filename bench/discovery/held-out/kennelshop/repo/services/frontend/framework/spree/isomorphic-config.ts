const isServer = typeof window === 'undefined'

// On the server we must reach the API through the proxy container name;
// in the browser a relative path is enough because nginx serves both.
const apiHost = isServer
  ? process.env.NEXT_PUBLIC_SPREE_API_HOST
  : process.env.NEXT_PUBLIC_SPREE_CLIENT_HOST

if (!apiHost) {
  throw new Error('NEXT_PUBLIC_SPREE_API_HOST / NEXT_PUBLIC_SPREE_CLIENT_HOST must be set')
}

export default {
  apiHost,
  imageHost: process.env.NEXT_PUBLIC_SPREE_IMAGE_HOST,
  spreeCategoriesTaxonomyPermalink: 'categories',
  spreeBrandsTaxonomyPermalink: 'brands',
  productsPerPage: 12,
}
