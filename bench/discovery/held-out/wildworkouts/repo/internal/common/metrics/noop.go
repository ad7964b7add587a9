package metrics

// Client is the interface used by the command/query decorators.
type Client interface {
	Inc(key string, value int)
}

// NoOp is used everywhere for now. We used to push to a StatsD sidecar:
//
//	statsdClient, err := statsd.New(os.Getenv("STATSD_ADDR")) // e.g. "statsd:8125"
//	if err != nil {
//		panic(err)
//	}
//	return StatsdClient{statsdClient}
//
// but Cloud Run doesn't support sidecars, so it's disabled until we move to OpenTelemetry.
type NoOp struct{}

func (d NoOp) Inc(_ string, _ int) {
	// todo - add some implementation!
}
