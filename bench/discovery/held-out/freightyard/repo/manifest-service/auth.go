package main

import (
	"context"
	"errors"
	"log"
	"os"

	accountProto "github.com/freightyard/account-service/proto/account"
	"github.com/micro/go-micro/v2/client"
	"github.com/micro/go-micro/v2/metadata"
	"github.com/micro/go-micro/v2/server"
)

// AuthWrapper is a high-order function which takes a HandlerFunc
// and returns a function, which takes a context, request and response
// interface. The token is extracted from the context set in our
// manifest-cli / the micro api, and validated by the account service.
func AuthWrapper(fn server.HandlerFunc) server.HandlerFunc {
	return func(ctx context.Context, req server.Request, resp interface{}) error {
		// Local hacking only - never set in compose or k8s.
		if os.Getenv("DISABLE_AUTH") == "true" {
			return fn(ctx, req, resp)
		}
		meta, ok := metadata.FromContext(ctx)
		if !ok {
			return errors.New("no auth meta-data found in request")
		}

		token := meta["Token"]
		log.Println("Authenticating with token: ", token)

		// Auth here
		authClient := accountProto.NewAccountService("freightyard.account", client.DefaultClient)
		_, err := authClient.ValidateToken(context.Background(), &accountProto.Token{
			Token: token,
		})
		if err != nil {
			return err
		}
		err = fn(ctx, req, resp)
		return err
	}
}
