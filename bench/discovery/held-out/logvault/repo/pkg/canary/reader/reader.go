package reader

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/gorilla/websocket"
)

// Reader tails the canary's own stream over a websocket (/loki/api/v1/tail) and also
// issues /loki/api/v1/query_range spot checks.
type Reader struct {
	header   http.Header
	tls      bool
	addr     string
	user     string
	pass     string
	tenantID string
	query    string
	conn     *websocket.Conn
	w        io.Writer
}

func NewReader(writer io.Writer, tls bool, address, user, pass, tenantID, query string) *Reader {
	h := http.Header{}
	if tenantID != "" {
		h.Set("X-Scope-OrgID", tenantID)
	}
	r := &Reader{header: h, tls: tls, addr: address, user: user, pass: pass, tenantID: tenantID, query: query, w: writer}
	go r.run()
	return r
}

func (r *Reader) run() {
	scheme := "ws"
	if r.tls {
		scheme = "wss"
	}
	u := url.URL{Scheme: scheme, Host: r.addr, Path: "/loki/api/v1/tail", RawQuery: "query=" + url.QueryEscape(r.query)}
	for {
		c, _, err := websocket.DefaultDialer.Dial(u.String(), r.header)
		if err != nil {
			fmt.Fprintf(r.w, "failed to connect to %s with err %s\n", u.String(), err)
			time.Sleep(10 * time.Second)
			continue
		}
		r.conn = c
		for {
			if _, _, err := c.ReadMessage(); err != nil {
				break
			}
		}
	}
}

func (r *Reader) Query(start, end time.Time) ([]time.Time, error) {
	scheme := "http"
	if r.tls {
		scheme = "https"
	}
	u := url.URL{Scheme: scheme, Host: r.addr, Path: "/loki/api/v1/query_range",
		RawQuery: fmt.Sprintf("start=%d&end=%d&limit=1000&query=%s", start.UnixNano(), end.UnixNano(), url.QueryEscape(r.query))}
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(r.user, r.pass)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return parseTimestamps(resp.Body)
}
