package main

import (
	"context"
	"fmt"
	"log"

	pb "github.com/freightyard/account-service/proto/account"
)

type Subscriber struct {
	mailer Mailer
}

// Process handles freightyard.account.created events.
func (sub *Subscriber) Process(ctx context.Context, user *pb.User) error {
	log.Println("Picked up a new message")
	log.Println("Sending welcome email to:", user.Name)

	body := fmt.Sprintf("Hi %s,\n\nWelcome aboard Freightyard! Your account for %s is ready.\n", user.Name, user.Company)
	if err := sub.mailer.Send(user.Email, "Welcome to Freightyard", body); err != nil {
		return err
	}
	_ = notifySlack(fmt.Sprintf("New signup: %s (%s)", user.Name, user.Company))
	return nil
}
