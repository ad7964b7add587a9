// +build integration

package main

import (
	"context"
	"fmt"
	"testing"

	pb "github.com/freightyard/account-service/proto/account"
	"github.com/jinzhu/gorm"
	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"
)

func setupPostgres(t *testing.T) (*gorm.DB, func()) {
	ctx := context.Background()
	req := testcontainers.ContainerRequest{
		Image:        "postgres:12-alpine",
		ExposedPorts: []string{"5432/tcp"},
		Env: map[string]string{
			"POSTGRES_PASSWORD": "test",
			"POSTGRES_DB":       "accounts_test",
		},
		WaitingFor: wait.ForListeningPort("5432/tcp"),
	}
	pg, err := testcontainers.GenericContainer(ctx, testcontainers.GenericContainerRequest{
		ContainerRequest: req,
		Started:          true,
	})
	if err != nil {
		t.Fatal(err)
	}
	host, _ := pg.Host(ctx)
	port, _ := pg.MappedPort(ctx, "5432")
	dsn := fmt.Sprintf("host=%s port=%s user=postgres dbname=accounts_test sslmode=disable password=test", host, port.Port())
	db, err := gorm.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.AutoMigrate(&pb.User{})
	return db, func() {
		db.Close()
		pg.Terminate(ctx)
	}
}

func TestUserRepository_CreateAndGetByEmail(t *testing.T) {
	db, teardown := setupPostgres(t)
	defer teardown()

	repo := &UserRepository{db}
	if err := repo.Create(&pb.User{Name: "Ada", Email: "ada@example.test", Password: "x"}); err != nil {
		t.Fatal(err)
	}
	u, err := repo.GetByEmail("ada@example.test")
	if err != nil {
		t.Fatal(err)
	}
	if u.Name != "Ada" {
		t.Errorf("got %q", u.Name)
	}
}
