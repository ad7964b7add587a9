/*
 * Next.js custom image loader. Product pictures are fetched by the *browser* from
 * /images/products/<file>, which the frontend-proxy routes to image-provider.
 * Example: https://<proxy>/images/products/RefractorTelescope.jpg?w=256&q=75
 */
export default function imageLoader({ src, width, quality }) {
  return `/${src}?w=${width}&q=${quality || 75}`;
}
