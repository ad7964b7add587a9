package database

import (
	"time"

	"gorm.io/gorm"
)

type AggregationType int

const (
	AggregationTypeCount AggregationType = iota
	AggregationTypeSum
	AggregationTypeMax
	AggregationTypeUniqueCount
	_
	AggregationTypeWeightedSum
	AggregationTypeLatest
	AggregationTypeCustom
)

func (t AggregationType) String() string {
	return [...]string{"count", "sum", "max", "unique_count", "", "weighted_sum", "latest", "custom"}[t]
}

type BillableMetric struct {
	ID              string          `gorm:"primaryKey;->"`
	OrganizationID  string          `gorm:"->"`
	Code            string          `gorm:"->"`
	AggregationType AggregationType `gorm:"->"`
	FieldName       string          `gorm:"->"`
	DeletedAt       gorm.DeletedAt  `gorm:"index;->"`
}

type Subscription struct {
	ID             string    `gorm:"primaryKey;->"`
	OrganizationID string    `gorm:"->"`
	ExternalID     string    `gorm:"->"`
	PlanID         string    `gorm:"->"`
	StartedAt      time.Time `gorm:"->"`
	TerminatedAt   *time.Time
}

type ApiStore struct {
	db *DB
}

func NewApiStore(db *DB) *ApiStore {
	return &ApiStore{db: db}
}

func (store *ApiStore) FetchBillableMetric(organizationID string, code string) (*BillableMetric, error) {
	var bm BillableMetric
	result := store.db.Connection.
		Where("organization_id = ? AND code = ?", organizationID, code).
		First(&bm)
	return &bm, result.Error
}

func (store *ApiStore) FetchSubscription(organizationID string, externalID string, timestamp time.Time) (*Subscription, error) {
	var sub Subscription
	result := store.db.Connection.
		Table("subscriptions").
		Joins("INNER JOIN customers ON customers.id = subscriptions.customer_id").
		Where("customers.organization_id = ? AND subscriptions.external_id = ?", organizationID, externalID).
		Where("subscriptions.started_at <= ?", timestamp).
		Order("terminated_at DESC NULLS FIRST, started_at DESC").
		First(&sub)
	return &sub, result.Error
}
