package opensearch

import (
	"context"
	"crypto/tls"
	"net/http"
	"strings"

	opensearchgo "github.com/opensearch-project/opensearch-go/v3"
	"github.com/opensearch-project/opensearch-go/v3/opensearchapi"

	"github.com/teamwharf/teamwharf/server/config"
)

type Engine struct {
	client *opensearchapi.Client
	prefix string
	cfg    config.ElasticsearchSettings
}

func New(s config.ElasticsearchSettings) (*Engine, error) {
	client, err := opensearchapi.NewClient(opensearchapi.Config{
		Client: opensearchgo.Config{
			Addresses: strings.Split(s.ConnectionURL, ","),
			Username:  s.Username,
			Password:  s.Password,
			Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
		},
	})
	if err != nil {
		return nil, err
	}
	return &Engine{client: client, prefix: s.IndexPrefix, cfg: s}, nil
}

func (e *Engine) IndexingEnabled() bool  { return e.cfg.EnableIndexing }
func (e *Engine) SearchingEnabled() bool { return e.cfg.EnableSearching }

func (e *Engine) SearchPosts(ctx context.Context, teamId, terms string) ([]string, error) {
	body := strings.NewReader(`{"query":{"bool":{"must":[{"match":{"message":` + quote(terms) + `}}],"filter":[{"term":{"team_id":` + quote(teamId) + `}}]}}}`)
	resp, err := e.client.Search(ctx, &opensearchapi.SearchReq{
		Indices: []string{e.prefix + "posts_*"},
		Body:    body,
	})
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(resp.Hits.Hits))
	for _, h := range resp.Hits.Hits {
		ids = append(ids, h.ID)
	}
	return ids, nil
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }
