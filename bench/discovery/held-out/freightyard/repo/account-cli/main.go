package main

import (
	"context"
	"fmt"
	"log"
	"os"

	pb "github.com/freightyard/account-service/proto/account"
	"github.com/micro/cli/v2"
	"github.com/micro/go-micro/v2"
	"github.com/micro/go-micro/v2/service/grpc"
)

func createUser(ctx context.Context, service micro.Service, user *pb.User) error {
	client := pb.NewAccountService("freightyard.account", service.Client())
	rsp, err := client.Create(ctx, user)
	if err != nil {
		return err
	}

	// print the response
	fmt.Println("Response: ", rsp.User)

	authResponse, err := client.Auth(ctx, &pb.User{Email: user.Email, Password: user.Password})
	if err != nil {
		return err
	}
	log.Printf("Your access token is: %s \n", authResponse.Token)
	return nil
}

func main() {
	service := grpc.NewService(
		micro.Flags(
			&cli.StringFlag{Name: "name", Usage: "Your name"},
			&cli.StringFlag{Name: "email", Usage: "Your email"},
			&cli.StringFlag{Name: "company", Usage: "Your company"},
			&cli.StringFlag{Name: "password", Usage: "Your password"},
		),
	)

	service.Init(
		micro.Action(func(c *cli.Context) error {
			name := c.String("name")
			email := c.String("email")
			company := c.String("company")
			password := c.String("password")

			ctx := context.Background()
			user := &pb.User{
				Name:     name,
				Email:    email,
				Company:  company,
				Password: password,
			}

			if err := createUser(ctx, service, user); err != nil {
				log.Println("error creating user: ", err.Error())
				return err
			}
			os.Exit(0)
			return nil
		}),
	)
}
