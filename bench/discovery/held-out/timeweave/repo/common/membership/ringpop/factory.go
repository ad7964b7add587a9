package ringpop

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/temporalio/ringpop-go"
	"github.com/temporalio/ringpop-go/swim"
	"go.uber.org/fx"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/persistence"
)

var Module = fx.Options(
	fx.Provide(newFactory),
	fx.Provide(func(f *factory) (membership.Monitor, error) { return f.getMonitor() }),
)

type factoryParams struct {
	fx.In
	Config      *config.Config
	ServiceName string `name:"serviceName"`
	ServiceConfig config.Service
	// cluster_membership table in the default store is the seed list for the ring.
	MetadataManager persistence.ClusterMetadataManager
}

type factory struct {
	cfg         *config.Config
	svcName     string
	rpcCfg      config.RPC
	metadata    persistence.ClusterMetadataManager
	monitor     *monitor
}

func newFactory(p factoryParams) *factory {
	return &factory{cfg: p.Config, svcName: p.ServiceName, rpcCfg: p.ServiceConfig.RPC, metadata: p.MetadataManager}
}

func (f *factory) getMonitor() (*monitor, error) {
	if f.monitor != nil {
		return f.monitor, nil
	}
	ch, err := f.getTChannel()
	if err != nil {
		return nil, err
	}
	rp, err := ringpop.New(fmt.Sprintf("timeweave-%s", f.svcName), ringpop.Channel(ch), ringpop.AddressResolverFunc(f.broadcastAddressResolver))
	if err != nil {
		return nil, fmt.Errorf("ringpop creation failed: %w", err)
	}
	f.monitor = newMonitor(f.svcName, f.rpcCfg, rp, f.metadata, f.cfg.Global.Membership.MaxJoinDuration, f.broadcastAddress())
	return f.monitor, nil
}

func (f *factory) broadcastAddress() string {
	if f.cfg.Global.Membership.BroadcastAddress != "" {
		return f.cfg.Global.Membership.BroadcastAddress
	}
	if f.rpcCfg.BindOnIP != "" {
		return f.rpcCfg.BindOnIP
	}
	return "127.0.0.1"
}

func (f *factory) broadcastAddressResolver() (string, error) {
	return net.JoinHostPort(f.broadcastAddress(), strconv.Itoa(f.rpcCfg.MembershipPort)), nil
}

// bootstrap: read every heartbeating row of cluster_membership and use them as seeds.
func (m *monitor) bootstrapHosts(ctx context.Context) ([]string, error) {
	resp, err := m.metadata.GetClusterMembers(ctx, &persistence.GetClusterMembersRequest{
		LastHeartbeatWithin: 20 * time.Second,
	})
	if err != nil {
		return nil, err
	}
	var seeds []string
	for _, h := range resp.ActiveMembers {
		seeds = append(seeds, net.JoinHostPort(h.RPCAddress.String(), strconv.Itoa(int(h.RPCPort))))
	}
	return seeds, nil
}

func (m *monitor) join(ctx context.Context) error {
	seeds, err := m.bootstrapHosts(ctx)
	if err != nil {
		return err
	}
	_, err = m.rp.Bootstrap(&swim.BootstrapOptions{DiscoverProvider: staticSeeds(seeds), MaxJoinDuration: m.maxJoin})
	return err
}
