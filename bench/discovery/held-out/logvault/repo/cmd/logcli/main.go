package main

import (
	"log"
	"os"
	"time"

	"gopkg.in/alecthomas/kingpin.v2"

	"github.com/logvault/logvault/v3/pkg/logcli/client"
	"github.com/logvault/logvault/v3/pkg/logcli/output"
	"github.com/logvault/logvault/v3/pkg/logcli/query"
)

var (
	app        = kingpin.New("logcli", "A command-line for logvault.")
	quiet      = app.Flag("quiet", "Suppress query metadata").Default("false").Short('q').Bool()
	queryCmd   = app.Command("query", "Run a LogQL query.")
	tailFlag   = queryCmd.Flag("tail", "Tail the logs").Short('t').Default("false").Bool()
	queryStr   = queryCmd.Arg("query", "eg '{foo=\"bar\",baz=~\".*blip\"} |~ \".*error.*\"'").Required().String()
	labelsCmd  = app.Command("labels", "Find values for a given label.")
	labelName  = labelsCmd.Arg("label", "The name of the label.").String()
	seriesCmd  = app.Command("series", "Run series query.")
)

func newQueryClient(app *kingpin.Application) client.Client {
	c := &client.DefaultClient{}
	// The address defaults to the LOGVAULT_ADDR env var; in the docker-compose example
	// this is the nginx gateway published on localhost:3100.
	app.Flag("addr", "Server address. Can also be set using LOGVAULT_ADDR env var.").Default("http://localhost:3100").Envar("LOGVAULT_ADDR").StringVar(&c.Address)
	app.Flag("username", "Username for HTTP basic auth. Can also be set using LOGVAULT_USERNAME env var.").Default("").Envar("LOGVAULT_USERNAME").StringVar(&c.Username)
	app.Flag("password", "Password for HTTP basic auth. Can also be set using LOGVAULT_PASSWORD env var.").Default("").Envar("LOGVAULT_PASSWORD").StringVar(&c.Password)
	app.Flag("org-id", "adds X-Scope-OrgID to API requests").Default("").Envar("LOGVAULT_ORG_ID").StringVar(&c.OrgID)
	return c
}

func main() {
	qc := newQueryClient(app)
	cmd := kingpin.MustParse(app.Parse(os.Args[1:]))
	out, err := output.NewLogOutput(os.Stdout, "default", &output.LogOutputOptions{Timezone: time.Local})
	if err != nil {
		log.Fatalf("Unable to create log output: %s", err)
	}
	switch cmd {
	case queryCmd.FullCommand():
		q := query.Query{QueryString: *queryStr, Limit: 30, Start: time.Now().Add(-time.Hour), End: time.Now(), Quiet: *quiet}
		if *tailFlag {
			q.TailQuery(10*time.Second, qc, out)
		} else {
			q.DoQuery(qc, out, false)
		}
	case labelsCmd.FullCommand():
		resp, err := qc.ListLabelValues(*labelName, *quiet, time.Now().Add(-time.Hour), time.Now())
		if err != nil {
			log.Fatalf("Error doing request: %+v", err)
		}
		for _, v := range resp.Data {
			log.Println(v)
		}
	case seriesCmd.FullCommand():
		log.Println("series not implemented in this build")
	}
}
