package grpc_test

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/devicemill/devicemill/pkg/grpcclient"
	thgrpc "github.com/devicemill/devicemill/things/api/grpc"
	"github.com/devicemill/devicemill/things"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

type mockService struct{ things.Service }

func (mockService) Authorize(_ context.Context, key, chanID, _ string) (string, error) {
	if key == "valid" && chanID == "chan-1" {
		return "thing-1", nil
	}
	return "", things.ErrAuthorization
}

func TestAuthorize(t *testing.T) {
	lis, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	thgrpc.Register(srv, mockService{})
	go srv.Serve(lis)
	defer srv.Stop()

	conn, err := grpc.Dial(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	client := grpcclient.NewThingsClient(conn, time.Second)
	id, err := client.Authorize(context.Background(), "valid", "chan-1", "publish")
	if err != nil || id != "thing-1" {
		t.Fatalf("expected thing-1, got %q (%v)", id, err)
	}
	if _, err := client.Authorize(context.Background(), "invalid", "chan-1", "publish"); err == nil {
		t.Fatal("expected authorization error")
	}
}
