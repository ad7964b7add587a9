package main

import (
	"context"
	"testing"

	pb "github.com/freightyard/account-service/proto/account"
)

type fakeMailer struct {
	to, subject string
}

func (f *fakeMailer) Send(to, subject, body string) error {
	f.to, f.subject = to, subject
	return nil
}

func TestProcessSendsWelcomeMail(t *testing.T) {
	m := &fakeMailer{}
	sub := &Subscriber{mailer: m}
	err := sub.Process(context.Background(), &pb.User{Name: "Grace", Email: "grace@example.test", Company: "Navy"})
	if err != nil {
		t.Fatal(err)
	}
	if m.to != "grace@example.test" {
		t.Errorf("mail went to %q", m.to)
	}
}
