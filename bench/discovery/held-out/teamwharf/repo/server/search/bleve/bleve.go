package bleve

import (
	"github.com/blevesearch/bleve/v2"
)

// Engine is the embedded fallback search engine used when OpenSearch is not configured.
// The index lives on the local disk of each node.
type Engine struct{ index bleve.Index }

func Open(dir string) (*Engine, error) {
	idx, err := bleve.Open(dir)
	if err == bleve.ErrorIndexPathDoesNotExist {
		idx, err = bleve.New(dir, bleve.NewIndexMapping())
	}
	if err != nil {
		return nil, err
	}
	return &Engine{index: idx}, nil
}

func (e *Engine) IndexPost(id, message string) error {
	return e.index.Index(id, map[string]string{"message": message})
}

func (e *Engine) Search(terms string) ([]string, error) {
	res, err := e.index.Search(bleve.NewSearchRequest(bleve.NewMatchQuery(terms)))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids, nil
}
