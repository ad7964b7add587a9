// Package zoekt connects the frontend to the zoekt-webserver replicas that
// serve the trigram index.
package zoekt

import (
	"context"
	"strings"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/codequarry/codequarry/internal/env"
	pb "github.com/codequarry/codequarry/internal/search/zoekt/proto"
)

var indexedSearchServers = env.Get("INDEXED_SEARCH_SERVERS", "", "space separated list of zoekt-webserver host:port")

// Searcher fans out a query to every indexed-search replica.
type Searcher struct {
	once    sync.Once
	clients []pb.WebserverServiceClient
}

var Default = &Searcher{}

func (s *Searcher) dial() {
	for _, addr := range strings.Fields(indexedSearchServers) {
		conn, err := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			continue
		}
		s.clients = append(s.clients, pb.NewWebserverServiceClient(conn))
	}
}

// Enabled reports whether indexed search is configured.
func Enabled() bool { return strings.TrimSpace(indexedSearchServers) != "" }

func (s *Searcher) Search(ctx context.Context, query string) ([]*pb.FileMatch, error) {
	s.once.Do(s.dial)
	var all []*pb.FileMatch
	for _, c := range s.clients {
		resp, err := c.Search(ctx, &pb.SearchRequest{Query: query, MaxDocDisplayCount: 500})
		if err != nil {
			return nil, err
		}
		all = append(all, resp.Files...)
	}
	return all, nil
}
