package data

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-redis/redis/v8"

	"github.com/maltworks/hopstore/app/catalog/service/internal/biz"
	"github.com/maltworks/hopstore/app/catalog/service/internal/conf"
	"github.com/maltworks/hopstore/app/catalog/service/internal/data/ent"
	"github.com/maltworks/hopstore/app/catalog/service/internal/data/ent/beer"
)

var _ biz.BeerRepo = (*beerRepo)(nil)

type beerRepo struct {
	data *Data
	ttl  time.Duration
	log  *log.Helper
}

func NewBeerRepo(data *Data, c *conf.Data, logger log.Logger) biz.BeerRepo {
	return &beerRepo{
		data: data,
		ttl:  c.Redis.CacheTtl.AsDuration(),
		log:  log.NewHelper(log.With(logger, "module", "data/beer")),
	}
}

func beerCacheKey(id int64) string { return fmt.Sprintf("catalog:beer:%d", id) }

func toBiz(p *ent.Beer) *biz.Beer {
	return &biz.Beer{
		Id:          p.ID,
		Name:        p.Name,
		Description: p.Description,
		Price:       p.Price,
		Stock:       p.Stock,
		Images:      p.Images,
	}
}

func (r *beerRepo) CreateBeer(ctx context.Context, b *biz.Beer) (*biz.Beer, error) {
	po, err := r.data.db.Beer.Create().
		SetName(b.Name).
		SetDescription(b.Description).
		SetPrice(b.Price).
		SetStock(b.Stock).
		SetImages(b.Images).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	return toBiz(po), nil
}

func (r *beerRepo) GetBeer(ctx context.Context, id int64) (*biz.Beer, error) {
	key := beerCacheKey(id)
	if raw, err := r.data.rdb.Get(ctx, key).Bytes(); err == nil {
		var cached biz.Beer
		if json.Unmarshal(raw, &cached) == nil {
			return &cached, nil
		}
	} else if err != redis.Nil {
		r.log.WithContext(ctx).Warnf("cache get %s: %v", key, err)
	}

	po, err := r.data.db.Beer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	b := toBiz(po)
	if raw, err := json.Marshal(b); err == nil {
		r.data.rdb.Set(ctx, key, raw, r.ttl)
	}
	return b, nil
}

func (r *beerRepo) UpdateBeer(ctx context.Context, b *biz.Beer) (*biz.Beer, error) {
	po, err := r.data.db.Beer.UpdateOneID(b.Id).
		SetName(b.Name).
		SetDescription(b.Description).
		SetPrice(b.Price).
		SetStock(b.Stock).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	r.data.rdb.Del(ctx, beerCacheKey(b.Id))
	return toBiz(po), nil
}

func (r *beerRepo) ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*biz.Beer, error) {
	ps, err := r.data.db.Beer.Query().
		Order(ent.Desc(beer.FieldCreatedAt)).
		Offset(int(pageNum * pageSize)).
		Limit(int(pageSize)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.Beer, 0, len(ps))
	for _, p := range ps {
		rv = append(rv, toBiz(p))
	}
	return rv, nil
}

func (r *beerRepo) ReserveStock(ctx context.Context, orderID int64, lines []biz.StockLine) error {
	tx, err := r.data.db.Tx(ctx)
	if err != nil {
		return err
	}
	for _, l := range lines {
		n, err := tx.Beer.Update().
			Where(beer.ID(l.BeerId), beer.StockGTE(l.Quantity)).
			AddStock(-l.Quantity).
			Save(ctx)
		if err != nil {
			_ = tx.Rollback()
			return err
		}
		if n == 0 {
			_ = tx.Rollback()
			return biz.ErrInsufficientStock
		}
		r.data.rdb.Del(ctx, beerCacheKey(l.BeerId))
	}
	r.log.WithContext(ctx).Infof("stock reserved for order %d", orderID)
	return tx.Commit()
}
