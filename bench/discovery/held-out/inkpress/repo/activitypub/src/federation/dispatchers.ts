import { Follow, Accept, Note, type Federation, type RequestContext } from '@fedify/fedify';
import type { Knex } from 'knex';

export type ContextData = { db: Knex; host: string };

/**
 * Inbox listeners and outbound delivery. Activities are delivered to the inbox URLs of remote
 * actors (Mastodon, other Inkpress sites, ...) resolved at run time via WebFinger.
 */
export function registerDispatchers(federation: Federation<ContextData>) {
    federation
        .setInboxListeners('/.inkpress/activitypub/inbox/{handle}', '/.inkpress/activitypub/inbox')
        .on(Follow, async (ctx: RequestContext<ContextData>, follow) => {
            const sender = await follow.getActor(ctx);
            if (!sender || !follow.id) {
                return;
            }
            await ctx.data.db('follows').insert({
                follower_ap_id: sender.id?.href,
                following_handle: 'index',
                site_host: ctx.data.host,
            }).onConflict().ignore();

            const accept = new Accept({
                id: ctx.getObjectUri(Accept, { id: crypto.randomUUID() }),
                actor: ctx.getActorUri('index'),
                object: follow,
            });
            await ctx.sendActivity({ handle: 'index' }, sender, accept);
        })
        .on(Note, async (ctx, note) => {
            await ctx.data.db('inbox').insert({
                ap_id: note.id?.href,
                content: note.content?.toString() ?? '',
                site_host: ctx.data.host,
            });
        });
}
