package model

// Trimmed from the goctl generated userModel_gen.go / userAuthModel_gen.go (cached models).

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
	UserAuthTypeSystem  = "system"
	UserAuthTypeSmallWX = "wxMini"
)

var (
	cacheLooklookUsercenterUserIdPrefix     = "cache:looklookUsercenter:user:id:"
	cacheLooklookUsercenterUserMobilePrefix = "cache:looklookUsercenter:user:mobile:"
	cacheUserAuthTypeKeyPrefix              = "cache:looklookUsercenter:userAuth:authType:authKey:"
	cacheUserAuthUserIdTypePrefix           = "cache:looklookUsercenter:userAuth:userId:authType:"
)

type User struct {
	Id         int64     `db:"id"`
	CreateTime time.Time `db:"create_time"`
	UpdateTime time.Time `db:"update_time"`
	DeleteTime time.Time `db:"delete_time"`
	DelState   int64     `db:"del_state"`
	Version    int64     `db:"version"`
	Mobile     string    `db:"mobile"`
	Password   string    `db:"password"`
	Nickname   string    `db:"nickname"`
	Sex        int64     `db:"sex"`
	Avatar     string    `db:"avatar"`
	Info       string    `db:"info"`
}

type UserAuth struct {
	Id         int64     `db:"id"`
	CreateTime time.Time `db:"create_time"`
	UpdateTime time.Time `db:"update_time"`
	DeleteTime time.Time `db:"delete_time"`
	DelState   int64     `db:"del_state"`
	Version    int64     `db:"version"`
	UserId     int64     `db:"user_id"`
	AuthKey    string    `db:"auth_key"`
	AuthType   string    `db:"auth_type"`
}

type UserModel interface {
	Insert(ctx context.Context, session sqlx.Session, data *User) (sql.Result, error)
	FindOne(ctx context.Context, id int64) (*User, error)
	FindOneByMobile(ctx context.Context, mobile string) (*User, error)
	Trans(ctx context.Context, fn func(ctx context.Context, session sqlx.Session) error) error
}

type UserAuthModel interface {
	Insert(ctx context.Context, session sqlx.Session, data *UserAuth) (sql.Result, error)
	FindOneByAuthTypeAuthKey(ctx context.Context, authType, authKey string) (*UserAuth, error)
	FindOneByUserIdAuthType(ctx context.Context, userId int64, authType string) (*UserAuth, error)
}

type defaultUserModel struct {
	sqlc.CachedConn
	table string
}

type defaultUserAuthModel struct {
	sqlc.CachedConn
	table string
}

func NewUserModel(conn sqlx.SqlConn, c cache.CacheConf) UserModel {
	return &defaultUserModel{CachedConn: sqlc.NewConn(conn, c), table: "`user`"}
}

func NewUserAuthModel(conn sqlx.SqlConn, c cache.CacheConf) UserAuthModel {
	return &defaultUserAuthModel{CachedConn: sqlc.NewConn(conn, c), table: "`user_auth`"}
}

func (m *defaultUserModel) Insert(ctx context.Context, session sqlx.Session, data *User) (sql.Result, error) {
	idKey := fmt.Sprintf("%s%v", cacheLooklookUsercenterUserIdPrefix, data.Id)
	mobileKey := fmt.Sprintf("%s%v", cacheLooklookUsercenterUserMobilePrefix, data.Mobile)
	return m.ExecCtx(ctx, func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error) {
		query := fmt.Sprintf("insert into %s (`mobile`,`password`,`nickname`,`sex`,`avatar`,`info`) values (?, ?, ?, ?, ?, ?)", m.table)
		if session != nil {
			return session.ExecCtx(ctx, query, data.Mobile, data.Password, data.Nickname, data.Sex, data.Avatar, data.Info)
		}
		return conn.ExecCtx(ctx, query, data.Mobile, data.Password, data.Nickname, data.Sex, data.Avatar, data.Info)
	}, idKey, mobileKey)
}

func (m *defaultUserModel) FindOne(ctx context.Context, id int64) (*User, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookUsercenterUserIdPrefix, id)
	var resp User
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select * from %s where `id` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, id)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultUserModel) FindOneByMobile(ctx context.Context, mobile string) (*User, error) {
	key := fmt.Sprintf("%s%v", cacheLooklookUsercenterUserMobilePrefix, mobile)
	var resp User
	err := m.QueryRowIndexCtx(ctx, &resp, key, func(primary interface{}) string {
		return fmt.Sprintf("%s%v", cacheLooklookUsercenterUserIdPrefix, primary)
	}, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) (interface{}, error) {
		query := fmt.Sprintf("select * from %s where `mobile` = ? and del_state = 0 limit 1", m.table)
		if err := conn.QueryRowCtx(ctx, &resp, query, mobile); err != nil {
			return nil, err
		}
		return resp.Id, nil
	}, func(ctx context.Context, conn sqlx.SqlConn, v, primary interface{}) error {
		query := fmt.Sprintf("select * from %s where `id` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, primary)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultUserModel) Trans(ctx context.Context, fn func(ctx context.Context, session sqlx.Session) error) error {
	return m.TransactCtx(ctx, func(ctx context.Context, session sqlx.Session) error {
		return fn(ctx, session)
	})
}

func (m *defaultUserAuthModel) Insert(ctx context.Context, session sqlx.Session, data *UserAuth) (sql.Result, error) {
	k1 := fmt.Sprintf("%s%v:%v", cacheUserAuthTypeKeyPrefix, data.AuthType, data.AuthKey)
	k2 := fmt.Sprintf("%s%v:%v", cacheUserAuthUserIdTypePrefix, data.UserId, data.AuthType)
	return m.ExecCtx(ctx, func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error) {
		query := fmt.Sprintf("insert into %s (`user_id`,`auth_key`,`auth_type`) values (?, ?, ?)", m.table)
		return session.ExecCtx(ctx, query, data.UserId, data.AuthKey, data.AuthType)
	}, k1, k2)
}

func (m *defaultUserAuthModel) FindOneByAuthTypeAuthKey(ctx context.Context, authType, authKey string) (*UserAuth, error) {
	key := fmt.Sprintf("%s%v:%v", cacheUserAuthTypeKeyPrefix, authType, authKey)
	var resp UserAuth
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select * from %s where `auth_type` = ? and `auth_key` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, authType, authKey)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}

func (m *defaultUserAuthModel) FindOneByUserIdAuthType(ctx context.Context, userId int64, authType string) (*UserAuth, error) {
	key := fmt.Sprintf("%s%v:%v", cacheUserAuthUserIdTypePrefix, userId, authType)
	var resp UserAuth
	err := m.QueryRowCtx(ctx, &resp, key, func(ctx context.Context, conn sqlx.SqlConn, v interface{}) error {
		query := fmt.Sprintf("select * from %s where `user_id` = ? and `auth_type` = ? and del_state = 0 limit 1", m.table)
		return conn.QueryRowCtx(ctx, v, query, userId, authType)
	})
	if err == sqlc.ErrNotFound {
		return nil, ErrNotFound
	}
	return &resp, err
}
