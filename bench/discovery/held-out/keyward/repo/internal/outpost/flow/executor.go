package flow

import (
	"context"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"

	log "github.com/sirupsen/logrus"
	"goauthentik.io/api/v3"
	"keyward.example/keyward/internal/outpost/ak"
)

type FlowExecutor struct {
	Params  url.Values
	Answers map[StageComponent]string
	Context context.Context

	cli     *api.APIClient
	flowSlug string
	log     *log.Entry
	api     *api.Configuration
	session *http.Cookie
}

func NewFlowExecutor(ctx context.Context, flowSlug string, refConfig *api.Configuration, logFields log.Fields) *FlowExecutor {
	l := log.WithField("flow", flowSlug).WithFields(logFields)
	jar, err := cookiejar.New(nil)
	if err != nil {
		l.WithError(err).Warning("Failed to create cookiejar")
		panic(err)
	}
	// Create new http client that also sets the correct ip
	config := api.NewConfiguration()
	config.Host = refConfig.Host
	config.Scheme = refConfig.Scheme
	config.Servers = refConfig.Servers
	config.HTTPClient = &http.Client{
		Jar:       jar,
		Transport: ak.NewUserAgentTransport("keyward-outpost-flow", ak.GetTLSTransport()),
	}
	apiClient := api.NewAPIClient(config)
	return &FlowExecutor{
		cli:      apiClient,
		api:      config,
		flowSlug: flowSlug,
		log:      l,
		Context:  ctx,
		Answers:  make(map[StageComponent]string),
	}
}

func (fe *FlowExecutor) ApiClient() *api.APIClient {
	return fe.cli
}

// Execute runs the flow against the keyward flow executor API, answering each challenge
func (fe *FlowExecutor) Execute() (bool, error) {
	responseReq := fe.cli.FlowsApi.FlowsExecutorGet(fe.Context, fe.flowSlug).Query(fe.Params.Encode())
	challenge, _, err := responseReq.Execute()
	if err != nil {
		return false, fmt.Errorf("failed to get challenge: %w", err)
	}
	for i := 0; i < 10; i++ {
		ch := challenge.GetActualInstance().(challengeInt)
		fe.log.WithField("component", ch.GetComponent()).Debug("Got challenge")
		if ch.GetComponent() == string(StageRedirect) {
			return true, nil
		}
		answer, err := fe.getAnswer(StageComponent(ch.GetComponent()))
		if err != nil {
			return false, err
		}
		challenge, _, err = fe.cli.FlowsApi.FlowsExecutorSolve(fe.Context, fe.flowSlug).
			Query(fe.Params.Encode()).FlowChallengeResponseRequest(answer).Execute()
		if err != nil {
			return false, fmt.Errorf("failed to submit challenge: %w", err)
		}
	}
	return false, nil
}
