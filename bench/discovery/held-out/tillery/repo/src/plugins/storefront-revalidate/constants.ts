export const STOREFRONT_REVALIDATE_OPTIONS = Symbol('STOREFRONT_REVALIDATE_OPTIONS');
export const loggerCtx = 'StorefrontRevalidatePlugin';
