// Package errorinjector lets k6 tests inject faults via the x-error-* headers.
package errorinjector

import (
	"net/http"
	"strconv"
	"time"
)

const (
	HeaderRecordError   = "x-error-record-recommendation"
	HeaderDelay         = "x-delay-record-recommendation"
	HeaderPercentage    = "x-error-record-recommendation-percentage"
)

// InjectErrors returns an error if the request asked for one.
func InjectErrors(r *http.Request) error {
	if d := r.Header.Get(HeaderDelay); d != "" {
		if dur, err := time.ParseDuration(d); err == nil {
			time.Sleep(dur)
		}
	}
	if msg := r.Header.Get(HeaderRecordError); msg != "" {
		if p, err := strconv.Atoi(r.Header.Get(HeaderPercentage)); err == nil && time.Now().UnixNano()%100 >= int64(p) {
			return nil
		}
		return &InjectedError{Msg: msg}
	}
	return nil
}

type InjectedError struct{ Msg string }

func (e *InjectedError) Error() string { return "injected error: " + e.Msg }
