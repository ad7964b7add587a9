import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventBus, Logger, ProductEvent, ProductVariantEvent, CollectionModificationEvent } from '@tillery/core';
import { debounceTime, bufferTime, filter } from 'rxjs/operators';
import { merge } from 'rxjs';

import { loggerCtx, STOREFRONT_REVALIDATE_OPTIONS } from './constants';
import { RevalidatePayload, StorefrontRevalidateOptions } from './types';

/**
 * Listens to catalog events in the API server and asks the Next.js storefront
 * to drop its cached pages (on-demand ISR) via POST /api/revalidate.
 */
@Injectable()
export class RevalidateService implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        @Inject(STOREFRONT_REVALIDATE_OPTIONS) private options: StorefrontRevalidateOptions,
    ) {}

    onApplicationBootstrap() {
        const products$ = this.eventBus.ofType(ProductEvent);
        const variants$ = this.eventBus.ofType(ProductVariantEvent);
        const collections$ = this.eventBus.ofType(CollectionModificationEvent);

        merge(products$, variants$, collections$)
            .pipe(bufferTime(this.options.debounceMs ?? 2000), filter(events => events.length > 0))
            .subscribe(events => {
                const tags = new Set<string>();
                for (const event of events) {
                    if (event instanceof ProductEvent) {
                        tags.add(`product:${event.product.id}`);
                    } else if (event instanceof ProductVariantEvent) {
                        event.variants.forEach(v => tags.add(`product:${v.productId}`));
                    } else {
                        tags.add(`collection:${event.collection.id}`);
                    }
                }
                tags.add('catalog');
                void this.revalidate({ tags: [...tags] });
            });
    }

    async revalidate(payload: RevalidatePayload): Promise<void> {
        const url = new URL('/api/revalidate', this.options.storefrontUrl).toString();
        try {
            const res = await fetch(url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    'x-revalidate-secret': this.options.secret,
                },
                body: JSON.stringify(payload),
            });
            if (!res.ok) {
                Logger.warn(`Storefront revalidation returned ${res.status}`, loggerCtx);
            }
        } catch (e: any) {
            Logger.error(`Could not reach storefront at ${url}: ${e.message}`, loggerCtx);
        }
    }
}
