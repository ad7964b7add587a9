package ldap

import (
	"context"
	"crypto/tls"
	"net"
	"sync"

	"beryju.io/ldap"
	"github.com/pires/go-proxyproto"
	"keyward.example/keyward/internal/utils"
	log "github.com/sirupsen/logrus"
	"keyward.example/keyward/internal/config"
	"keyward.example/keyward/internal/outpost/ak"
	"keyward.example/keyward/internal/outpost/flow"
)

type LDAPServer struct {
	s           *ldap.Server
	log         *log.Entry
	ac          *ak.APIController
	cs          *ak.CryptoStore
	defaultCert *tls.Certificate
	providers   []*ProviderInstance
}

func NewServer(ac *ak.APIController) ak.Outpost {
	ls := &LDAPServer{
		log:       log.WithField("logger", "keyward.outpost.ldap"),
		ac:        ac,
		cs:        ak.NewCryptoStore(ac.Client.CryptoApi),
		providers: []*ProviderInstance{},
	}
	s := ldap.NewServer()
	s.EnforceLDAP = true
	s.BindFunc("", ls)
	s.UnbindFunc("", ls)
	s.SearchFunc("", ls)
	ls.s = s
	return ls
}

func (ls *LDAPServer) Type() string {
	return "ldap"
}

func (ls *LDAPServer) StartLDAPServer() error {
	listen := config.Get().Listen.LDAP
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		ls.log.WithField("listen", listen).WithError(err).Warning("Failed to listen (SSL)")
		return err
	}
	proxyListener := &proxyproto.Listener{Listener: ln, ConnPolicy: utils.GetProxyConnectionPolicy()}
	defer proxyListener.Close()

	ls.log.WithField("listen", listen).Info("Starting LDAP server")
	err = ls.s.Serve(proxyListener)
	return err
}

func (ls *LDAPServer) Start() error {
	wg := sync.WaitGroup{}
	wg.Add(2)
	go func() {
		defer wg.Done()
		err := ls.StartLDAPServer()
		if err != nil {
			panic(err)
		}
	}()
	go func() {
		defer wg.Done()
		err := ls.StartLDAPTLSServer()
		if err != nil {
			panic(err)
		}
	}()
	wg.Wait()
	return nil
}

func (ls *LDAPServer) Stop() error {
	return nil
}

// Bind authenticates an LDAP bind by executing the provider's authentication flow
func (ls *LDAPServer) Bind(bindDN string, bindPW string, conn net.Conn) (ldap.LDAPResultCode, error) {
	for _, instance := range ls.providers {
		username, err := instance.binder.GetUsername(bindDN)
		if err != nil {
			continue
		}
		fe := flow.NewFlowExecutor(conn.(*net.TCPConn).RemoteAddr().(context.Context), instance.flowSlug, instance.s.ac.Client.GetConfig(), log.Fields{
			"bindDN":    bindDN,
			"client":    conn.RemoteAddr().String(),
		})
		fe.Params.Add("keyward/outpost/ldap", "true")
		fe.Answers[flow.StageIdentification] = username
		fe.Answers[flow.StagePassword] = bindPW
		passed, err := fe.Execute()
		if !passed || err != nil {
			return ldap.LDAPResultInvalidCredentials, nil
		}
		return ldap.LDAPResultSuccess, nil
	}
	return ldap.LDAPResultInvalidCredentials, nil
}
