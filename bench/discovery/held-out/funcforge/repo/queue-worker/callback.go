package main

import (
	"bytes"
	"log"
	"net/http"
	"strconv"
	"time"
)

// postCallback sends the function result to the X-Callback-Url given by the
// original caller. The URL is per-request and chosen by the client.
func postCallback(client *http.Client, req QueueRequest, res *http.Response, body []byte, d time.Duration) {
	cb, err := http.NewRequest(http.MethodPost, req.CallbackURL.String(), bytes.NewReader(body))
	if err != nil {
		log.Printf("callback: %s", err)
		return
	}
	cb.Header.Set("X-Function-Status", strconv.Itoa(res.StatusCode))
	cb.Header.Set("X-Function-Name", req.Function)
	cb.Header.Set("X-Duration-Seconds", strconv.FormatFloat(d.Seconds(), 'f', 3, 64))
	if ct := res.Header.Get("Content-Type"); ct != "" {
		cb.Header.Set("Content-Type", ct)
	}
	if id := req.Header.Get("X-Call-Id"); id != "" {
		cb.Header.Set("X-Call-Id", id)
	}
	r, err := client.Do(cb)
	if err != nil {
		log.Printf("callback to %s failed: %s", req.CallbackURL.Host, err)
		return
	}
	r.Body.Close()
}
