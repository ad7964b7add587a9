package jobs

import (
	"log"
	"time"

	"github.com/teamwharf/teamwharf/server/config"
	"github.com/teamwharf/teamwharf/server/filestore"
	"github.com/teamwharf/teamwharf/server/mail"
	"github.com/teamwharf/teamwharf/server/search/opensearch"
	"github.com/teamwharf/teamwharf/server/store/sqlstore"
)

type Job interface {
	Name() string
	Interval() time.Duration
	Run() error
}

type Server struct {
	jobs []Job
	stop chan struct{}
}

func NewServer(store *sqlstore.SqlStore, files filestore.Backend, search *opensearch.Engine, mailer *mail.Sender, cfg *config.Config) *Server {
	s := &Server{stop: make(chan struct{})}
	if cfg.ElasticsearchSettings.EnableIndexing {
		s.jobs = append(s.jobs, &IndexingJob{store: store, search: search})
	}
	s.jobs = append(s.jobs,
		&ExportJob{store: store, files: files},
		&DataRetentionJob{store: store, days: 365},
	)
	if cfg.EmailSettings.SendEmailNotifications && cfg.EmailSettings.EnableEmailBatching {
		s.jobs = append(s.jobs, &EmailDigestJob{store: store, mailer: mailer, siteURL: cfg.ServiceSettings.SiteURL})
	}
	return s
}

func (s *Server) Start() {
	for _, j := range s.jobs {
		go s.loop(j)
	}
}

func (s *Server) loop(j Job) {
	t := time.NewTicker(j.Interval())
	defer t.Stop()
	for {
		select {
		case <-t.C:
			start := time.Now()
			if err := j.Run(); err != nil {
				log.Printf("job %s failed: %v", j.Name(), err)
			} else {
				log.Printf("job %s finished in %s", j.Name(), time.Since(start))
			}
		case <-s.stop:
			return
		}
	}
}

func (s *Server) Stop() { close(s.stop) }
