package elasticsearch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/olivere/elastic/v7"

	"go.timeweave.io/server/common/config"
)

// Client wraps olivere/elastic for visibility (history writes via bulk, frontend
// searches, worker updates index mappings for custom search attributes).
type Client interface {
	Search(ctx context.Context, index, namespace, query string, size int, token []byte) ([]map[string]any, []byte, error)
	Count(ctx context.Context, index, namespace, query string) (int64, error)
	RunBulkProcessor(ctx context.Context, name string, actions int) (BulkProcessor, error)
	PutMapping(ctx context.Context, index string, mapping map[string]string) (bool, error)
	WaitForYellowStatus(ctx context.Context, index string) (string, error)
}

type BulkProcessor interface {
	Add(index, id string, doc map[string]any)
	Stop()
}

type clientImpl struct{ es *elastic.Client }

// NewClient connects to elasticsearch.url.scheme://elasticsearch.url.host from the
// visibility datastore (ES_SEEDS:ES_PORT in docker, elasticsearch-master:9200 in Helm).
func NewClient(cfg *config.Elasticsearch) (Client, error) {
	u := &url.URL{Scheme: cfg.URL.Scheme, Host: cfg.URL.Host}
	opts := []elastic.ClientOptionFunc{
		elastic.SetURL(u.String()),
		elastic.SetSniff(false),
		elastic.SetHealthcheck(false),
		elastic.SetHttpClient(&http.Client{Timeout: 30 * time.Second}),
	}
	if cfg.Username != "" {
		opts = append(opts, elastic.SetBasicAuth(cfg.Username, cfg.Password))
	}
	es, err := elastic.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("elasticsearch client for %s: %w", u, err)
	}
	return &clientImpl{es: es}, nil
}

func (c *clientImpl) Search(ctx context.Context, index, ns, query string, size int, token []byte) ([]map[string]any, []byte, error) {
	q := elastic.NewBoolQuery().Filter(elastic.NewTermQuery("NamespaceId", ns))
	if query != "" {
		q = q.Must(elastic.NewQueryStringQuery(query))
	}
	res, err := c.es.Search(index).Query(q).Size(size).Sort("StartTime", false).Do(ctx)
	if err != nil {
		return nil, nil, err
	}
	var out []map[string]any
	for range res.Hits.Hits {
		out = append(out, map[string]any{})
	}
	return out, nil, nil
}

func (c *clientImpl) Count(ctx context.Context, index, ns, query string) (int64, error) {
	return c.es.Count(index).Query(elastic.NewTermQuery("NamespaceId", ns)).Do(ctx)
}

func (c *clientImpl) PutMapping(ctx context.Context, index string, mapping map[string]string) (bool, error) {
	props := map[string]any{}
	for name, typ := range mapping {
		props[name] = map[string]string{"type": typ}
	}
	resp, err := c.es.PutMapping().Index(index).BodyJson(map[string]any{"properties": props}).Do(ctx)
	if err != nil {
		return false, err
	}
	return resp.Acknowledged, nil
}

func (c *clientImpl) WaitForYellowStatus(ctx context.Context, index string) (string, error) {
	h, err := c.es.ClusterHealth().Index(index).WaitForYellowStatus().Timeout("30s").Do(ctx)
	if err != nil {
		return "", err
	}
	return h.Status, nil
}

type bulkProcessor struct{ p *elastic.BulkProcessor }

func (c *clientImpl) RunBulkProcessor(ctx context.Context, name string, actions int) (BulkProcessor, error) {
	p, err := c.es.BulkProcessor().Name(name).Workers(1).BulkActions(actions).FlushInterval(time.Second).Do(ctx)
	if err != nil {
		return nil, err
	}
	return &bulkProcessor{p: p}, nil
}

func (b *bulkProcessor) Add(index, id string, doc map[string]any) {
	b.p.Add(elastic.NewBulkIndexRequest().Index(index).Id(id).Doc(doc))
}

func (b *bulkProcessor) Stop() { _ = b.p.Stop() }
