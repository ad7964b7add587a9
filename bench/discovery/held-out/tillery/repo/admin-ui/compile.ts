import { compileUiExtensions, setBranding } from '@tillery/ui-devkit/compiler';
import path from 'path';

/**
 * Compiles the admin UI (with our branding and the reviews extension) into
 * admin-ui/dist so it can be served as static files by nginx, independently
 * of the API server.
 */
compileUiExtensions({
    outputPath: path.join(__dirname, 'dist'),
    extensions: [
        {
            id: 'reviews',
            extensionPath: path.join(__dirname, 'extensions/reviews'),
            routes: [{ route: 'product-reviews', filePath: 'routes.ts' }],
            providers: ['providers.ts'],
        },
        setBranding({
            smallLogoPath: path.join(__dirname, 'branding/logo-small.png'),
            largeLogoPath: path.join(__dirname, 'branding/logo-large.png'),
            faviconPath: path.join(__dirname, 'branding/favicon.ico'),
        }),
    ],
    devMode: process.argv.includes('--dev'),
})
    .compile?.()
    .then(() => process.exit(0));
