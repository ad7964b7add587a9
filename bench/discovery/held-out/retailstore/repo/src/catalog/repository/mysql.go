package repository

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/driftwood-goods/store/catalog/config"
	"github.com/driftwood-goods/store/catalog/model"
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	"gorm.io/plugin/opentelemetry/tracing"
)

type mysqlRepository struct {
	db *gorm.DB
}

// buildDSN assembles the go-sql-driver DSN from the RETAIL_CATALOG_PERSISTENCE_* settings,
// e.g. catalog_user:***@tcp(catalog-db:3306)/catalogdb?parseTime=true&timeout=5s
func buildDSN(cfg config.PersistenceConfig) string {
	return fmt.Sprintf("%s:%s@tcp(%s)/%s?charset=utf8mb4&parseTime=true&timeout=%ds",
		cfg.User, cfg.Password, cfg.Endpoint, cfg.DBName, cfg.ConnectTimeout)
}

func NewMySQLRepository(cfg config.PersistenceConfig) (CatalogRepository, error) {
	if cfg.Endpoint == "" {
		return nil, errors.New("RETAIL_CATALOG_PERSISTENCE_ENDPOINT must be set for the mysql provider")
	}

	gormLogger := logger.New(log.New(os.Stdout, "", log.LstdFlags), logger.Config{
		SlowThreshold: 500 * time.Millisecond,
		LogLevel:      logger.Warn,
	})

	var db *gorm.DB
	var err error
	for attempt := 1; attempt <= 10; attempt++ {
		db, err = gorm.Open(mysql.Open(buildDSN(cfg)), &gorm.Config{Logger: gormLogger})
		if err == nil {
			break
		}
		log.Printf("catalog: mysql not ready (attempt %d): %v", attempt, err)
		time.Sleep(3 * time.Second)
	}
	if err != nil {
		return nil, err
	}

	if err := db.Use(tracing.NewPlugin(tracing.WithoutMetrics())); err != nil {
		return nil, err
	}

	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(cfg.MaxOpenConns)
	sqlDB.SetConnMaxLifetime(5 * time.Minute)

	if err := db.AutoMigrate(&model.Tag{}, &model.Product{}); err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	if err := seedIfEmpty(db); err != nil {
		return nil, err
	}
	return &mysqlRepository{db: db}, nil
}

func seedIfEmpty(db *gorm.DB) error {
	var n int64
	if err := db.Model(&model.Product{}).Count(&n).Error; err != nil || n > 0 {
		return err
	}
	return db.Transaction(func(tx *gorm.DB) error {
		for _, p := range seedProducts() {
			if err := tx.Create(&p).Error; err != nil {
				return err
			}
		}
		return nil
	})
}

func (r *mysqlRepository) filtered(ctx context.Context, tags []string) *gorm.DB {
	q := r.db.WithContext(ctx).Model(&model.Product{})
	if len(tags) > 0 {
		q = q.Joins("JOIN product_tags pt ON pt.product_id = products.id").
			Where("pt.tag_name IN ?", tags).
			Group("products.id")
	}
	return q
}

func (r *mysqlRepository) List(ctx context.Context, q model.ProductQuery) ([]model.Product, error) {
	order := "products.name ASC"
	switch q.Order {
	case "price_asc":
		order = "products.price ASC"
	case "price_desc":
		order = "products.price DESC"
	}
	var products []model.Product
	err := r.filtered(ctx, q.Tags).
		Preload("Tags").
		Order(order).
		Offset((q.Page - 1) * q.Size).
		Limit(q.Size).
		Find(&products).Error
	return products, err
}

func (r *mysqlRepository) Count(ctx context.Context, tags []string) (int64, error) {
	var n int64
	err := r.filtered(ctx, tags).Count(&n).Error
	return n, err
}

func (r *mysqlRepository) Get(ctx context.Context, id string) (*model.Product, error) {
	var p model.Product
	err := r.db.WithContext(ctx).Preload("Tags").First(&p, "id = ?", id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &p, err
}

func (r *mysqlRepository) Tags(ctx context.Context) ([]model.Tag, error) {
	var tags []model.Tag
	err := r.db.WithContext(ctx).Order("display_name").Find(&tags).Error
	return tags, err
}

func (r *mysqlRepository) Ping(ctx context.Context) error {
	sqlDB, err := r.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.PingContext(ctx)
}
