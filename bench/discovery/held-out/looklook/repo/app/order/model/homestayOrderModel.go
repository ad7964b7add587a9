package model

// Trimmed from goctl generated homestayOrderModel_gen.go.

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/zeromicro/go-zero/core/stores/cache"
	"github.com/zeromicro/go-zero/core/stores/sqlc"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

var ErrNotFound = sqlx.ErrNotFound

const (
	HomestayOrderTradeStateCancel   int64 = -1
	HomestayOrderTradeStateWaitPay  int64 = 0
	HomestayOrderTradeStateWaitUse  int64 = 1
	HomestayOrderTradeStateUsed     int64 = 2
	HomestayOrderTradeStateRefund   int64 = 3
	HomestayOrderTradeStateRefunded int64 = 4
)

var (
	cacheLooklookOrderHomestayOrderIdPrefix = "cache:looklookOrder:homestayOrder:id:"
	cacheLooklookOrderHomestayOrderSnPrefix = "cache:looklookOrder:homestayOrder:sn:"
)

type HomestayOrder struct {
	Id                  int64     `db:"id"`
	CreateTime          time.Time `db:"create_time"`
	UpdateTime          time.Time `db:"update_time"`
	Version             int64     `db:"version"`
	Sn                  string    `db:"sn"`
	UserId              int64     `db:"user_id"`
	HomestayId          int64     `db:"homestay_id"`
	Title               string    `db:"title"`
	SubTitle            string    `db:"sub_title"`
	Cover               string    `db:"cover"`
	Info                string    `db:"info"`
	PeopleNum           int64     `db:"people_num"`
	RowType             int64     `db:"row_type"`
	NeedFood            int64     `db:"need_food"`
	FoodInfo            string    `db:"food_info"`
	FoodPrice           int64     `db:"food_price"`
	HomestayPrice       int64     `db:"homestay_price"`
	MarketHomestayPrice int64     `db:"market_homestay_price"`
	HomestayBusinessId  int64     `db:"homestay_business_id"`
	HomestayUserId      int64     `db:"homestay_user_id"`
	LiveStartDate       time.Time `db:"live_start_date"`
	LiveEndDate         time.Time `db:"live_end_date"`
	LivePeopleNum       int64     `db:"live_people_num"`
	TradeState          int64     `db:"trade_state"`
	TradeCode           string    `db:"trade_code"`
	Remark              string    `db:"remark"`
	OrderTotalPrice     int64     `db:"order_total_price"`
	FoodTotalPrice      int64     `db:"food_total_price"`
	HomestayTotalPrice  int64     `db:"homestay_total_price"`
}

type HomestayOrderModel interface {
	Insert(ctx context.Context, session sqlx.Session, data *HomestayOrder) (sql.Result, error)
	FindOneBySn(ctx context.Context, sn string) (*HomestayOrder, error)
	FindListByUser(ctx context.Context, userId, tradeState, lastId, pageSize int64) ([]*HomestayOrder, error)
	UpdateWithVersion(ctx context.Context, session sqlx.Session, data *HomestayOrder) error
}

type defaultHomestayOrderModel struct {
	sqlc.CachedConn
	table string
}

func NewHomestayOrderModel(conn sqlx.SqlConn, c cache.CacheConf) HomestayOrderModel {
	return &defaultHomestayOrderModel{CachedConn: sqlc.NewConn(conn, c), table: "`homestay_order`"}
}

const insertCols = "`sn`,`user_id`,`homestay_id`,`title`,`sub_title`,`cover`,`info`,`people_num`,`row_type`,`need_food`,`food_info`,`food_price`,`homestay_price`,`market_homestay_price`,`homestay_business_id`,`homestay_user_id`,`live_start_date`,`live_end_date`,`live_people_num`,`trade_state`,`trade_code`,`remark`,`order_total_price`,`food_total_price`,`homestay_total_price`"

func (m *defaultHomestayOrderModel) Insert(ctx context.Context, session sqlx.Session, d *HomestayOrder) (sql.Result, error) {
	snKey := fmt.Sprintf("%s%v", cacheLooklookOrderHomestayOrderSnPrefix, d.Sn)
	return m.ExecCtx(ctx, func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error) {
		query := fmt.Sprintf("insert into %s (%s) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.table, insertCols)
		args := []interface{}{d.Sn, d.UserId, d.HomestayId, d.Title, d.SubTitle, d.Cover, d.Info, d.PeopleNum, d.RowType, d.NeedFood,
			d.FoodInfo, d.FoodPrice, d.HomestayPrice, d.MarketHomestayPrice, d.HomestayBusinessId, d.HomestayUserId,
			d.LiveStartDate, d.LiveEndDate, d.LivePeopleNum, d.TradeState, d.TradeCode, d.Remark, d.OrderTotalPrice,
			d.FoodTotalPrice, d.HomestayTotalPrice}
		if session != nil {
			return session.ExecCtx(ctx, query, args...)
		}
		return conn.ExecCtx(ctx, query, args...)
	}, snKey)
}

func (m *defaultHomestayOrderModel) FindOneBySn(ctx context.Context, sn string) (*HomestayOrder, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookOrderHomestayOrderSnPrefix, sn)
	var resp HomestayOrder
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select * from %s where `sn` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, sn)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultHomestayOrderModel) FindListByUser(ctx context.Context, userId, tradeState, lastId, pageSize int64) ([]*HomestayOrder, error) {
	if lastId <= 0 {
		lastId = 1 << 62
	}
	query := fmt.Sprintf("select * from %s where user_id = ? and trade_state = ? and id < ? and del_state = 0 order by id desc limit ?", m.table)
	var resp []*HomestayOrder
	err := m.QueryRowsNoCacheCtx(ctx, &resp, query, userId, tradeState, lastId, pageSize)
	return resp, err
}

func (m *defaultHomestayOrderModel) UpdateWithVersion(ctx context.Context, session sqlx.Session, d *HomestayOrder) error {
	oldVersion := d.Version
	d.Version++
	idKey := fmt.Sprintf("%s%v", cacheLooklookOrderHomestayOrderIdPrefix, d.Id)
	snKey := fmt.Sprintf("%s%v", cacheLooklookOrderHomestayOrderSnPrefix, d.Sn)
	res, err := m.ExecCtx(ctx, func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error) {
		query := fmt.Sprintf("update %s set `trade_state` = ?, `version` = ? where `id` = ? and `version` = ?", m.table)
		return conn.ExecCtx(ctx, query, d.TradeState, d.Version, d.Id, oldVersion)
	}, idKey, snKey)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("update %s id %d: version conflict", m.table, d.Id)
	}
	return nil
}
