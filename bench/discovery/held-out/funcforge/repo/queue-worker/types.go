package main

import (
	"net/http"
	"net/url"
)

// QueueRequest matches the message the gateway publishes (gateway/handlers/async.go).
type QueueRequest struct {
	Function    string      `json:"Function"`
	Namespace   string      `json:"Namespace,omitempty"`
	Method      string      `json:"Method"`
	Path        string      `json:"Path"`
	QueryString string      `json:"QueryString"`
	Header      http.Header `json:"Header"`
	Body        []byte      `json:"Body"`
	Host        string      `json:"Host"`
	CallbackURL *url.URL    `json:"CallbackUrl,omitempty"`
}
