package voting

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Shortcode string
	NumVotes  int
}

type Poll interface {
	Vote(choice string) error
	Results() ([]*Result, error)
}

type inMemoryPoll struct {
	mu    sync.Mutex
	votes map[string]int
}

func (p *inMemoryPoll) Vote(choice string) error {
	if choice == "" {
		return fmt.Errorf("empty choice")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.votes[choice]++
	return nil
}

func (p *inMemoryPoll) Results() ([]*Result, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	results := make([]*Result, 0, len(p.votes))
	for shortcode, n := range p.votes {
		results = append(results, &Result{Shortcode: shortcode, NumVotes: n})
	}
	sort.Slice(results, func(i, j int) bool {
		if results[i].NumVotes == results[j].NumVotes {
			return results[i].Shortcode < results[j].Shortcode
		}
		return results[i].NumVotes > results[j].NumVotes
	})
	return results, nil
}

func NewPoll() Poll {
	return &inMemoryPoll{votes: make(map[string]int)}
}
