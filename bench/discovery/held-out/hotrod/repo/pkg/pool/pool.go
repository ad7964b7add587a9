// Package pool is a tiny fixed-size worker pool.
package pool

import "sync"

// Pool runs submitted jobs on a fixed number of goroutines.
type Pool struct {
	jobs chan func()
	wg   sync.WaitGroup
}

// New starts size workers.
func New(size int) *Pool {
	if size < 1 {
		size = 1
	}
	p := &Pool{jobs: make(chan func())}
	for i := 0; i < size; i++ {
		go func() {
			for job := range p.jobs {
				job()
			}
		}()
	}
	return p
}

// Execute schedules a job; it blocks while all workers are busy.
func (p *Pool) Execute(job func()) {
	p.jobs <- job
}

// Stop stops the workers once all queued jobs have been taken.
func (p *Pool) Stop() {
	close(p.jobs)
}
