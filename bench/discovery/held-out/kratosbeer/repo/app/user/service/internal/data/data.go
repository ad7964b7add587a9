package data

import (
	"context"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"

	// init mysql driver
	_ "github.com/go-sql-driver/mysql"

	"github.com/maltworks/hopstore/app/user/service/internal/biz"
	"github.com/maltworks/hopstore/app/user/service/internal/conf"
	"github.com/maltworks/hopstore/app/user/service/internal/data/ent"
	"github.com/maltworks/hopstore/app/user/service/internal/data/ent/address"
	"github.com/maltworks/hopstore/app/user/service/internal/data/ent/user"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(NewData, NewEntClient, NewRegistrar, NewUserRepo)

// Data .
type Data struct {
	db *ent.Client
}

func NewEntClient(conf *conf.Data, logger log.Logger) *ent.Client {
	l := log.NewHelper(log.With(logger, "module", "user-service/data/ent"))
	client, err := ent.Open(conf.Database.Driver, conf.Database.Source)
	if err != nil {
		l.Fatalf("failed opening connection to db: %v", err)
	}
	if err := client.Schema.Create(context.Background()); err != nil {
		l.Fatalf("failed creating schema resources: %v", err)
	}
	return client
}

// NewData .
func NewData(entClient *ent.Client, logger log.Logger) (*Data, func(), error) {
	l := log.NewHelper(log.With(logger, "module", "user-service/data"))
	d := &Data{db: entClient}
	return d, func() {
		if err := d.db.Close(); err != nil {
			l.Error(err)
		}
	}, nil
}

func NewRegistrar(conf *conf.Registry) registry.Registrar {
	c := consulAPI.DefaultConfig()
	c.Address = conf.Consul.Address
	c.Scheme = conf.Consul.Scheme
	cli, err := consulAPI.NewClient(c)
	if err != nil {
		panic(err)
	}
	return consul.New(cli, consul.WithHealthCheck(conf.Consul.HealthCheck))
}

var _ biz.UserRepo = (*userRepo)(nil)

type userRepo struct {
	data *Data
	log  *log.Helper
}

func NewUserRepo(data *Data, logger log.Logger) biz.UserRepo {
	return &userRepo{data: data, log: log.NewHelper(log.With(logger, "module", "data/user"))}
}

func userToBiz(u *ent.User) *biz.User {
	return &biz.User{Id: u.ID, Username: u.Username, Email: u.Email, HashedPassword: u.PasswordHash}
}

func (r *userRepo) CreateUser(ctx context.Context, u *biz.User) (*biz.User, error) {
	po, err := r.data.db.User.Create().
		SetUsername(u.Username).
		SetEmail(u.Email).
		SetPasswordHash(u.HashedPassword).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	return userToBiz(po), nil
}

func (r *userRepo) GetUser(ctx context.Context, id int64) (*biz.User, error) {
	po, err := r.data.db.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, biz.ErrUserNotFound
	}
	if err != nil {
		return nil, err
	}
	return userToBiz(po), nil
}

func (r *userRepo) FindByUsername(ctx context.Context, username string) (*biz.User, error) {
	po, err := r.data.db.User.Query().Where(user.UsernameEQ(username)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, biz.ErrUserNotFound
	}
	if err != nil {
		return nil, err
	}
	return userToBiz(po), nil
}

func (r *userRepo) ListUser(ctx context.Context, pageNum, pageSize int64) ([]*biz.User, error) {
	pos, err := r.data.db.User.Query().Offset(int(pageNum * pageSize)).Limit(int(pageSize)).All(ctx)
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.User, 0, len(pos))
	for _, po := range pos {
		rv = append(rv, userToBiz(po))
	}
	return rv, nil
}

func (r *userRepo) ListAddress(ctx context.Context, uid int64) ([]*biz.Address, error) {
	pos, err := r.data.db.Address.Query().Where(address.HasUserWith(user.ID(uid))).All(ctx)
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.Address, 0, len(pos))
	for _, a := range pos {
		rv = append(rv, &biz.Address{Id: a.ID, Name: a.Name, Mobile: a.Mobile, Address: a.Address, PostCode: a.PostCode})
	}
	return rv, nil
}

func (r *userRepo) CreateAddress(ctx context.Context, uid int64, a *biz.Address) (*biz.Address, error) {
	po, err := r.data.db.Address.Create().
		SetUserID(uid).
		SetName(a.Name).
		SetMobile(a.Mobile).
		SetAddress(a.Address).
		SetPostCode(a.PostCode).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	a.Id = po.ID
	return a, nil
}
