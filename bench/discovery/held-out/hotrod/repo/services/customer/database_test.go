package customer

import (
	"context"
	"testing"
	"time"

	"github.com/DATA-DOG/go-sqlmock"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/services/config"
)

func TestMySQLStoreGet(t *testing.T) {
	config.MySQLGetDelay = time.Millisecond
	db, mock, err := sqlmock.New()
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	mock.ExpectQuery("SELECT id, name, location FROM customers").
		WithArgs("123").
		WillReturnRows(sqlmock.NewRows([]string{"id", "name", "location"}).AddRow("123", "Rachel's Floral Designs", "115,277"))

	store := &MySQLStore{db: db, logger: zap.NewNop()}
	c, err := store.Get(context.Background(), "123")
	if err != nil {
		t.Fatal(err)
	}
	if c.Location != "115,277" {
		t.Errorf("location = %q", c.Location)
	}
}

func TestMySQLStoreNotFound(t *testing.T) {
	config.MySQLGetDelay = time.Millisecond
	db, mock, _ := sqlmock.New()
	defer db.Close()
	mock.ExpectQuery("SELECT").WithArgs("999").WillReturnRows(sqlmock.NewRows([]string{"id", "name", "location"}))

	store := &MySQLStore{db: db, logger: zap.NewNop()}
	if _, err := store.Get(context.Background(), "999"); err != ErrNotFound {
		t.Fatalf("want ErrNotFound, got %v", err)
	}
}
