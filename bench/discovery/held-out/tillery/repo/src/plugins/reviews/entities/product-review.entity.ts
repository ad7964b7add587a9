import { DeepPartial, LocaleString, Product, TilleryEntity } from '@tillery/core';
import { Column, Entity, ManyToOne } from 'typeorm';

export type ReviewState = 'new' | 'approved' | 'rejected';

@Entity()
export class ProductReview extends TilleryEntity {
    constructor(input?: DeepPartial<ProductReview>) {
        super(input);
    }

    @ManyToOne(type => Product, { onDelete: 'CASCADE' })
    product: Product;

    @Column()
    summary: string;

    @Column('text')
    body: string;

    @Column()
    rating: number;

    @Column()
    authorName: string;

    @Column('varchar', { default: 'new' })
    state: ReviewState;
}
