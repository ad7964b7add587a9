package util

import (
	"github.com/pkg/errors"
	"google.golang.org/grpc"
)

func GetRpcConnection(address string) (*grpc.ClientConn, error) {
	conn, err := grpc.Dial(address, grpc.WithInsecure())
	if err != nil {
		return nil, errors.Wrapf(err, "Failed to create gRPC connection to %s", address)
	}
	return conn, nil
}
