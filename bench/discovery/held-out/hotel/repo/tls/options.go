// Package tls provides optional TLS for gRPC, switched on by TLS=1 (or a cipher suite name).
package tls

import (
	"crypto/tls"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

var (
	dialopt   grpc.DialOption
	serveropt grpc.ServerOption
)

func init() {
	if v, ok := os.LookupEnv("TLS"); !ok || v == "0" || v == "" {
		return
	}
	cert, err := tls.LoadX509KeyPair("/x509/server_cert.pem", "/x509/server_key.pem")
	if err != nil {
		panic(err)
	}
	serveropt = grpc.Creds(credentials.NewServerTLSFromCert(&cert))
	dialopt = grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{InsecureSkipVerify: true}))
}

// GetDialOpt returns the TLS dial option, or nil when TLS is off.
func GetDialOpt() grpc.DialOption { return dialopt }

// GetServerOpt returns the TLS server option, or nil when TLS is off.
func GetServerOpt() grpc.ServerOption { return serveropt }
