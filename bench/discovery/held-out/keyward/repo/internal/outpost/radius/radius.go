package radius

import (
	"context"
	"net"

	log "github.com/sirupsen/logrus"
	"keyward.example/keyward/internal/config"
	"keyward.example/keyward/internal/outpost/ak"
	"keyward.example/keyward/internal/outpost/flow"
	"layeh.com/radius"
	"layeh.com/radius/rfc2865"
)

type RadiusServer struct {
	s   radius.PacketServer
	log *log.Entry
	ac  *ak.APIController

	providers []*ProviderInstance
}

type ProviderInstance struct {
	ClientNetworks []*net.IPNet
	SharedSecret   []byte
	MFASupport     bool
	appSlug        string
	flowSlug       string
	s              *RadiusServer
	log            *log.Entry
}

func NewServer(ac *ak.APIController) ak.Outpost {
	rs := &RadiusServer{
		log:       log.WithField("logger", "keyward.outpost.radius"),
		ac:        ac,
		providers: []*ProviderInstance{},
	}
	rs.s = radius.PacketServer{
		Handler:      rs,
		SecretSource: rs,
		Addr:         config.Get().Listen.Radius,
	}
	return rs
}

func (rs *RadiusServer) Type() string {
	return "radius"
}

func (rs *RadiusServer) Start() error {
	rs.log.WithField("listen", rs.s.Addr).Info("Starting radius server")
	return rs.s.ListenAndServe()
}

func (rs *RadiusServer) Stop() error {
	return rs.s.Shutdown(context.Background())
}

func (rs *RadiusServer) ServeRADIUS(w radius.ResponseWriter, r *radius.Request) {
	username := rfc2865.UserName_GetString(r.Packet)
	for _, pi := range rs.providers {
		fe := flow.NewFlowExecutor(r.Context(), pi.flowSlug, rs.ac.Client.GetConfig(), log.Fields{
			"username": username,
			"client":   r.RemoteAddr.String(),
		})
		fe.Answers[flow.StageIdentification] = username
		fe.Answers[flow.StagePassword] = rfc2865.UserPassword_GetString(r.Packet)
		passed, err := fe.Execute()
		if err != nil || !passed {
			_ = w.Write(r.Response(radius.CodeAccessReject))
			return
		}
		_ = w.Write(r.Response(radius.CodeAccessAccept))
		return
	}
	_ = w.Write(r.Response(radius.CodeAccessReject))
}
