// Package search implements the streaming search endpoint. Literal and regexp
// queries go to zoekt (indexed) when possible and to searcher otherwise; commit
// and diff searches go to gitserver.
package search

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/rcache"
	"github.com/codequarry/codequarry/internal/search/searcher"
	"github.com/codequarry/codequarry/internal/search/zoekt"
)

var resultCache = rcache.New("search_results", 60)

func StreamHandler(git *gitserver.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("q")
		w.Header().Set("Content-Type", "text/event-stream")
		if cached, ok := resultCache.Get(q); ok {
			fmt.Fprintf(w, "event: matches\ndata: %s\n\n", cached)
			return
		}
		var payload []byte
		switch {
		case strings.Contains(q, "type:commit") || strings.Contains(q, "type:diff"):
			repo := repoFilter(q)
			payload, _ = git.Search(r.Context(), repo, map[string]any{"query": q})
		case zoekt.Enabled() && !strings.Contains(q, "index:no"):
			matches, err := zoekt.Default.Search(r.Context(), q)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			payload, _ = json.Marshal(matches)
		default:
			matches, err := searcher.Search(r.Context(), searcher.Request{Repo: repoFilter(q), Pattern: q, IsRegExp: true})
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			payload, _ = json.Marshal(matches)
		}
		resultCache.Set(q, payload)
		fmt.Fprintf(w, "event: matches\ndata: %s\n\nevent: done\ndata: {}\n\n", payload)
	}
}

func repoFilter(q string) string {
	for _, f := range strings.Fields(q) {
		if strings.HasPrefix(f, "repo:") {
			return strings.TrimPrefix(f, "repo:")
		}
	}
	return ""
}
