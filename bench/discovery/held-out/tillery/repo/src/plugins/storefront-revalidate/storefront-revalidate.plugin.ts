import { PluginCommonModule, TilleryPlugin } from '@tillery/core';

import { STOREFRONT_REVALIDATE_OPTIONS } from './constants';
import { RevalidateService } from './revalidate.service';
import { StorefrontRevalidateOptions } from './types';

@TilleryPlugin({
    imports: [PluginCommonModule],
    providers: [
        RevalidateService,
        { provide: STOREFRONT_REVALIDATE_OPTIONS, useFactory: () => StorefrontRevalidatePlugin.options },
    ],
    compatibility: '^2.0.0',
})
export class StorefrontRevalidatePlugin {
    static options: StorefrontRevalidateOptions;

    static init(options: StorefrontRevalidateOptions) {
        this.options = options;
        return StorefrontRevalidatePlugin;
    }
}
