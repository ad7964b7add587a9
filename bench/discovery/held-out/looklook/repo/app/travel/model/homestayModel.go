package model

// Trimmed from goctl generated homestayModel_gen.go / homestayBusinessModel_gen.go.

import (
	"context"
	"fmt"
	"time"

	"github.com/Masterminds/squirrel"
	"github.com/zeromicro/go-zero/core/stores/cache"
	"github.com/zeromicro/go-zero/core/stores/sqlc"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

var ErrNotFound = sqlx.ErrNotFound

var (
	cacheLooklookTravelHomestayIdPrefix         = "cache:looklookTravel:homestay:id:"
	cacheLooklookTravelHomestayBusinessIdPrefix = "cache:looklookTravel:homestayBusiness:id:"
)

type Homestay struct {
	Id                  int64     `db:"id"`
	CreateTime          time.Time `db:"create_time"`
	UpdateTime          time.Time `db:"update_time"`
	DeleteTime          time.Time `db:"delete_time"`
	DelState            int64     `db:"del_state"`
	Version             int64     `db:"version"`
	Title               string    `db:"title"`
	SubTitle            string    `db:"sub_title"`
	Banner              string    `db:"banner"`
	Info                string    `db:"info"`
	PeopleNum           int64     `db:"people_num"`
	HomestayBusinessId  int64     `db:"homestay_business_id"`
	UserId              int64     `db:"user_id"`
	RowState            int64     `db:"row_state"`
	RowType             int64     `db:"row_type"`
	FoodInfo            string    `db:"food_info"`
	FoodPrice           int64     `db:"food_price"`
	HomestayPrice       int64     `db:"homestay_price"`
	MarketHomestayPrice int64     `db:"market_homestay_price"`
}

type HomestayBusiness struct {
	Id        int64   `db:"id"`
	Title     string  `db:"title"`
	UserId    int64   `db:"user_id"`
	Info      string  `db:"info"`
	BossInfo  string  `db:"boss_info"`
	RowState  int64   `db:"row_state"`
	Star      float64 `db:"star"`
	Tags      string  `db:"tags"`
	Cover     string  `db:"cover"`
	HeaderImg string  `db:"header_img"`
}

type HomestayModel interface {
	FindOne(ctx context.Context, id int64) (*Homestay, error)
	FindPageListByIdDESC(ctx context.Context, builder squirrel.SelectBuilder, preMinId, pageSize int64) ([]*Homestay, error)
	SelectBuilder() squirrel.SelectBuilder
}

type HomestayBusinessModel interface {
	FindOne(ctx context.Context, id int64) (*HomestayBusiness, error)
}

type defaultHomestayModel struct {
	sqlc.CachedConn
	table string
}

type defaultHomestayBusinessModel struct {
	sqlc.CachedConn
	table string
}

func NewHomestayModel(conn sqlx.SqlConn, c cache.CacheConf) HomestayModel {
	return &defaultHomestayModel{CachedConn: sqlc.NewConn(conn, c), table: "`homestay`"}
}

func NewHomestayBusinessModel(conn sqlx.SqlConn, c cache.CacheConf) HomestayBusinessModel {
	return &defaultHomestayBusinessModel{CachedConn: sqlc.NewConn(conn, c), table: "`homestay_business`"}
}

func (m *defaultHomestayModel) FindOne(ctx context.Context, id int64) (*Homestay, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookTravelHomestayIdPrefix, id)
	var resp Homestay
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select * from %s where `id` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, id)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultHomestayModel) SelectBuilder() squirrel.SelectBuilder {
	return squirrel.Select().From(m.table)
}

func (m *defaultHomestayModel) FindPageListByIdDESC(ctx context.Context, builder squirrel.SelectBuilder, preMinId, pageSize int64) ([]*Homestay, error) {
	builder = builder.Columns("*")
	if preMinId > 0 {
		builder = builder.Where(" id < ? ", preMinId)
	}
	query, values, err := builder.Where("del_state = ?", 0).OrderBy("id DESC").Limit(uint64(pageSize)).ToSql()
	if err != nil {
		return nil, err
	}
	var resp []*Homestay
	err = m.QueryRowsNoCacheCtx(ctx, &resp, query, values...)
	return resp, err
}

func (m *defaultHomestayBusinessModel) FindOne(ctx context.Context, id int64) (*HomestayBusiness, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookTravelHomestayBusinessIdPrefix, id)
	var resp HomestayBusiness
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select id,title,user_id,info,boss_info,row_state,star,tags,cover,header_img from %s where `id` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, id)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}
