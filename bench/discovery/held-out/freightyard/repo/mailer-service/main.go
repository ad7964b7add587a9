package main

import (
	"log"

	"github.com/micro/go-micro/v2"
	_ "github.com/micro/go-plugins/broker/nats/v2"
)

const topic = "freightyard.account.created"

func main() {
	srv := micro.NewService(
		micro.Name("freightyard.mailer"),
		micro.Version("latest"),
	)

	srv.Init()

	sub := &Subscriber{mailer: NewSMTPMailer()}
	if err := micro.RegisterSubscriber(topic, srv.Server(), sub.Process); err != nil {
		log.Fatal(err)
	}

	if err := srv.Run(); err != nil {
		log.Println(err)
	}
}
