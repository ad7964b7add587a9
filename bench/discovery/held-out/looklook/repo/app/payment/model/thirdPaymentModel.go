package model

// Trimmed from goctl generated thirdPaymentModel_gen.go.

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/zeromicro/go-zero/core/stores/cache"
	"github.com/zeromicro/go-zero/core/stores/sqlc"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

var ErrNotFound = sqlx.ErrNotFound

const (
	ThirdPaymentPayTradeStateFAIL    int64 = -1
	ThirdPaymentPayTradeStateWait    int64 = 0
	ThirdPaymentPayTradeStateSuccess int64 = 1
	ThirdPaymentPayTradeStateRefund  int64 = 2
)

const (
	PayModeWechatPay = "WECHAT_PAY"
	PayModeAliPay    = "ALI_PAY"
)

var cacheLooklookPaymentThirdPaymentSnPrefix = "cache:looklookPayment:thirdPayment:sn:"

type ThirdPayment struct {
	Id             int64     `db:"id"`
	Sn             string    `db:"sn"`
	CreateTime     time.Time `db:"create_time"`
	UpdateTime     time.Time `db:"update_time"`
	Version        int64     `db:"version"`
	UserId         int64     `db:"user_id"`
	PayMode        string    `db:"pay_mode"`
	TradeType      string    `db:"trade_type"`
	TradeState     string    `db:"trade_state"`
	PayTotal       int64     `db:"pay_total"`
	TransactionId  string    `db:"transaction_id"`
	TradeStateDesc string    `db:"trade_state_desc"`
	OrderSn        string    `db:"order_sn"`
	ServiceType    string    `db:"service_type"`
	PayStatus      int64     `db:"pay_status"`
	PayTime        time.Time `db:"pay_time"`
}

type ThirdPaymentModel interface {
	Insert(ctx context.Context, data *ThirdPayment) (sql.Result, error)
	FindOneBySn(ctx context.Context, sn string) (*ThirdPayment, error)
	FindOneByOrderSnPayStatus(ctx context.Context, orderSn string, payStatus []int64) (*ThirdPayment, error)
	UpdateWithVersion(ctx context.Context, data *ThirdPayment) error
}

type defaultThirdPaymentModel struct {
	sqlc.CachedConn
	table string
}

func NewThirdPaymentModel(conn sqlx.SqlConn, c cache.CacheConf) ThirdPaymentModel {
	return &defaultThirdPaymentModel{CachedConn: sqlc.NewConn(conn, c), table: "`third_payment`"}
}

func (m *defaultThirdPaymentModel) Insert(ctx context.Context, d *ThirdPayment) (sql.Result, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookPaymentThirdPaymentSnPrefix, d.Sn)
	return m.ExecCtx(ctx, func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error) {
		query := fmt.Sprintf("insert into %s (`sn`,`user_id`,`pay_mode`,`pay_total`,`order_sn`,`service_type`) values (?, ?, ?, ?, ?, ?)", m.table)
		return conn.ExecCtx(ctx, query, d.Sn, d.UserId, d.PayMode, d.PayTotal, d.OrderSn, d.ServiceType)
	}, key)
}

func (m *defaultThirdPaymentModel) FindOneBySn(ctx context.Context, sn string) (*ThirdPayment, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookPaymentThirdPaymentSnPrefix, sn)
	var resp ThirdPayment
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select * from %s where `sn` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, sn)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultThirdPaymentModel) FindOneByOrderSnPayStatus(ctx context.Context, orderSn string, payStatus []int64) (*ThirdPayment, error) {
	ph := strings.TrimSuffix(strings.Repeat("?,", len(payStatus)), ",")
	query := fmt.Sprintf("select * from %s where order_sn = ? and pay_status in (%s) and del_state = 0 order by id desc limit 1", m.table, ph)
	args := []interface{}{orderSn}
	for _, s := range payStatus {
		args = append(args, s)
	}
	var resp ThirdPayment
	err := m.QueryRowNoCacheCtx(ctx, &resp, query, args...)
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultThirdPaymentModel) UpdateWithVersion(ctx context.Context, d *ThirdPayment) error {
	old := d.Version
	d.Version++
	key := fmt.Sprintf("%s%v", cacheLooklookPaymentThirdPaymentSnPrefix, d.Sn)
	res, err := m.ExecCtx(ctx, func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error) {
		query := fmt.Sprintf("update %s set `trade_state`=?,`transaction_id`=?,`trade_type`=?,`trade_state_desc`=?,`pay_status`=?,`pay_time`=?,`version`=? where `id`=? and `version`=?", m.table)
		return conn.ExecCtx(ctx, query, d.TradeState, d.TransactionId, d.TradeType, d.TradeStateDesc, d.PayStatus, d.PayTime, d.Version, d.Id, old)
	}, key)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("third_payment %s: version conflict", d.Sn)
	}
	return nil
}
