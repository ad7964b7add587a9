import { z } from 'zod';

/**
 * Talks back to the Inkpress core instance that owns a site. In the self-hosted stack core is
 * reachable on the internal network (INKPRESS_INTERNAL_URL=http://inkpress:2368); on hosted
 * installs we go through the public site host.
 */
const SiteSettingsSchema = z.object({
    site: z.object({
        title: z.string(),
        description: z.string().nullable().optional(),
        icon: z.string().nullable().optional(),
        cover_image: z.string().nullable().optional(),
        site_uuid: z.string().optional(),
    }),
});

export type SiteSettings = z.infer<typeof SiteSettingsSchema>['site'];

export class InkpressService {
    constructor(private readonly internalUrl: string | undefined = process.env.INKPRESS_INTERNAL_URL) {}

    baseUrlFor(host: string): string {
        return this.internalUrl ?? `https://${host}`;
    }

    async getSiteSettings(host: string): Promise<SiteSettings> {
        const res = await fetch(new URL('/inkpress/api/admin/site/', this.baseUrlFor(host)), {
            headers: {
                Accept: 'application/json',
                'X-Forwarded-Host': host,
                'X-Forwarded-Proto': 'https',
            },
            signal: AbortSignal.timeout(2000),
        });
        if (!res.ok) {
            throw new Error(`Inkpress site settings request failed with ${res.status}`);
        }
        return SiteSettingsSchema.parse(await res.json()).site;
    }

    jwksUrlFor(host: string): URL {
        return new URL('/inkpress/.well-known/jwks.json', this.baseUrlFor(host));
    }
}
