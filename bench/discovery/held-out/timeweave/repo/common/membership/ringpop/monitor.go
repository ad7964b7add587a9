package ringpop

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/temporalio/ringpop-go"
	"github.com/temporalio/ringpop-go/discovery/statichosts"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/persistence"
)

// roleKey is the ringpop label each member sets to its role name; the gRPC port
// is published as a second label so resolvers can hand out "ip:grpcPort".
const (
	roleKey = "serviceName"
	portKey = "grpcPort"
)

type monitor struct {
	svcName  string
	rpcCfg   config.RPC
	rp       *ringpop.Ringpop
	metadata persistence.ClusterMetadataManager
	maxJoin  time.Duration
	hostIP   string

	mu        sync.Mutex
	resolvers map[membership.ServiceName]*serviceResolver
}

func newMonitor(svc string, rpcCfg config.RPC, rp *ringpop.Ringpop, md persistence.ClusterMetadataManager, maxJoin time.Duration, hostIP string) *monitor {
	m := &monitor{svcName: svc, rpcCfg: rpcCfg, rp: rp, metadata: md, maxJoin: maxJoin, hostIP: hostIP,
		resolvers: map[membership.ServiceName]*serviceResolver{}}
	for _, s := range []membership.ServiceName{membership.FrontendService, membership.HistoryService, membership.MatchingService, membership.WorkerService} {
		m.resolvers[s] = newServiceResolver(s, rp)
	}
	return m
}

func (m *monitor) Start() {
	ctx := context.Background()
	// heartbeat our own row so others can find us
	go m.upsertMembership(ctx)
	if err := m.join(ctx); err != nil {
		panic(fmt.Sprintf("failed to join ring: %v", err))
	}
	_ = m.rp.SetLabel(roleKey, m.svcName)
	_ = m.rp.SetLabel(portKey, strconv.Itoa(m.rpcCfg.GRPCPort))
}

func (m *monitor) upsertMembership(ctx context.Context) {
	for {
		_ = m.metadata.UpsertClusterMembership(ctx, &persistence.UpsertClusterMembershipRequest{
			Role:       m.svcName,
			RPCAddress: net.ParseIP(m.hostIP),
			RPCPort:    uint16(m.rpcCfg.MembershipPort),
			RecordExpiry: 48 * time.Hour,
		})
		time.Sleep(10 * time.Second)
	}
}

func (m *monitor) EvictSelf() error { m.rp.Destroy(); return nil }

func (m *monitor) GetResolver(s membership.ServiceName) (membership.ServiceResolver, error) {
	r, ok := m.resolvers[s]
	if !ok {
		return nil, fmt.Errorf("unknown service %s", s)
	}
	return r, nil
}

func (m *monitor) GetReachableMembers() ([]string, error) { return m.rp.GetReachableMembers() }

func staticSeeds(seeds []string) *statichosts.StaticHostList { return statichosts.New(seeds...) }
