import Router from 'koa-router';
import { PackageRepository } from '../db/repository';

export function packageRoutes(repo: PackageRepository): Router {
  const router = new Router({ prefix: '/api/packages' });

  router.get('/:packageId', async (ctx) => {
    const pkg = await repo.get(ctx.params.packageId);
    if (!pkg) {
      ctx.status = 404;
      return;
    }
    ctx.body = { id: pkg._id, size: pkg.size, weight: pkg.weight, tag: pkg.tag };
  });

  router.put('/:packageId', async (ctx) => {
    const body = ctx.request.body as { size?: string; weight?: number; tag?: string };
    const size = (body.size || 'small').toLowerCase() as 'small' | 'medium' | 'large';
    if (!['small', 'medium', 'large'].includes(size)) {
      ctx.status = 400;
      ctx.body = { error: `invalid size ${body.size}` };
      return;
    }
    const created = await repo.upsert({ _id: ctx.params.packageId, size, weight: body.weight || 0, tag: body.tag });
    ctx.status = created ? 201 : 204;
    ctx.body = created ? { id: ctx.params.packageId, size, weight: body.weight, tag: body.tag } : undefined;
  });

  router.get('/summary/:ownerTag', async (ctx) => {
    ctx.body = { count: await repo.summary(ctx.params.ownerTag) };
  });

  return router;
}
