import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Ctx,
    ListQueryBuilder,
    Permission,
    Product,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@tillery/core';

import { ProductReview } from '../entities/product-review.entity';

@Resolver('Product')
export class ProductEntityResolver {
    constructor(private listQueryBuilder: ListQueryBuilder) {}

    @ResolveField()
    reviews(@Ctx() ctx: RequestContext, @Parent() product: Product, @Args() args: any) {
        return this.listQueryBuilder
            .build(ProductReview, args.options || undefined, {
                where: { product: { id: product.id }, state: 'approved' },
                relations: ['product'],
                ctx,
            })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }
}

@Resolver()
export class ShopProductReviewResolver {
    constructor(private connection: TransactionalConnection) {}

    @Transaction()
    @Mutation()
    @Allow(Permission.Authenticated)
    async submitProductReview(@Ctx() ctx: RequestContext, @Args() { input }: any) {
        const review = new ProductReview({
            ...input,
            product: { id: input.productId },
            authorName: ctx.session?.user?.identifier ?? 'anonymous',
            state: 'new',
        });
        return this.connection.getRepository(ctx, ProductReview).save(review);
    }
}

@Resolver()
export class AdminProductReviewResolver {
    constructor(private connection: TransactionalConnection) {}

    @Transaction()
    @Mutation()
    @Allow(Permission.UpdateCatalog)
    async approveProductReview(@Ctx() ctx: RequestContext, @Args() { id }: { id: string }) {
        const repo = this.connection.getRepository(ctx, ProductReview);
        await repo.update(id, { state: 'approved' });
        return repo.findOne({ where: { id }, relations: ['product'] });
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.UpdateCatalog)
    async rejectProductReview(@Ctx() ctx: RequestContext, @Args() { id }: { id: string }) {
        const repo = this.connection.getRepository(ctx, ProductReview);
        await repo.update(id, { state: 'rejected' });
        return repo.findOne({ where: { id }, relations: ['product'] });
    }
}
