package ak

import (
	"context"
	"os"

	log "github.com/sirupsen/logrus"
	"goauthentik.io/api/v3"
	"keyward.example/keyward/internal/constants"
)

type Outpost interface {
	Start() error
	Stop() error
	Refresh() error
	TimerFlowCacheExpiry(ctx context.Context)
	Type() string
}

const (
	WebsocketInstructionAck              = 0
	WebsocketInstructionHello            = 1
	WebsocketInstructionTriggerUpdate    = 2
	WebsocketInstructionProviderSpecific = 3
)

type websocketMessage struct {
	Instruction int                    `json:"instruction"`
	Args        map[string]interface{} `json:"args"`
}

func doGlobalSetup(outpost api.Outpost, globalConfig *api.Config) {
	l := log.WithField("logger", "keyward.outpost")
	if globalConfig.ErrorReporting.Enabled {
		l.WithField("env", globalConfig.ErrorReporting.Environment).Debug("Error reporting enabled")
	}
	l.WithField("hash", constants.BUILD("tagged")).WithField("version", constants.VERSION).Info("Starting keyward outpost")
}

func (ac *APIController) getEventPingArgs() map[string]interface{} {
	hostname, _ := os.Hostname()
	return map[string]interface{}{
		"version":   constants.VERSION,
		"buildHash": constants.BUILD(""),
		"uuid":      ac.instanceUUID.String(),
		"hostname":  hostname,
	}
}

func (ac *APIController) SendWSHello() error {
	msg := websocketMessage{Instruction: WebsocketInstructionHello, Args: ac.getEventPingArgs()}
	return ac.wsConn.WriteJSON(msg)
}
