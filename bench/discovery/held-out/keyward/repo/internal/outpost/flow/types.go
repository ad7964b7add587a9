package flow

import (
	"goauthentik.io/api/v3"
)

type StageComponent string

const (
	StageIdentification = StageComponent("ak-stage-identification")
	StagePassword       = StageComponent("ak-stage-password")
	StageAuthenticatorValidate = StageComponent("ak-stage-authenticator-validate")
	StageAccessDenied   = StageComponent("ak-stage-access-denied")
	StageRedirect       = StageComponent("xak-flow-redirect")
)

type challengeInt interface {
	GetComponent() string
}

func (fe *FlowExecutor) getAnswer(stage StageComponent) (api.FlowChallengeResponseRequest, error) {
	freq := api.FlowChallengeResponseRequest{}
	switch stage {
	case StageIdentification:
		r := api.NewIdentificationChallengeResponseRequest(fe.Answers[StageIdentification])
		r.SetPassword(fe.Answers[StagePassword])
		freq.IdentificationChallengeResponseRequest = r
	case StagePassword:
		freq.PasswordChallengeResponseRequest = api.NewPasswordChallengeResponseRequest(fe.Answers[StagePassword])
	}
	return freq, nil
}
