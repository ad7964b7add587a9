package ringpop

import (
	"net"
	"sync"

	"github.com/temporalio/ringpop-go"
	"github.com/temporalio/ringpop-go/hashring"
	"github.com/temporalio/ringpop-go/swim"

	"go.timeweave.io/server/common/membership"
)

type hostInfo struct{ addr string }

func (h hostInfo) GetAddress() string { return h.addr }
func (h hostInfo) Identity() string   { return h.addr }

// serviceResolver keeps a consistent-hash ring of all members carrying one role label.
// Lookup returns the member's advertised "ip:grpcPort", which callers dial directly.
type serviceResolver struct {
	service membership.ServiceName
	rp      *ringpop.Ringpop
	mu      sync.RWMutex
	ring    *hashring.HashRing
	members []membership.HostInfo
}

func newServiceResolver(s membership.ServiceName, rp *ringpop.Ringpop) *serviceResolver {
	return &serviceResolver{service: s, rp: rp, ring: hashring.New(farmHash, 100)}
}

func (r *serviceResolver) refresh() {
	addrs, _ := r.rp.GetReachableMemberObjects(swim.MemberWithLabelAndValue(roleKey, string(r.service)))
	r.mu.Lock()
	defer r.mu.Unlock()
	r.members = r.members[:0]
	for _, m := range addrs {
		host, _, _ := net.SplitHostPort(m.Address)
		port, _ := m.Label(portKey)
		addr := net.JoinHostPort(host, port)
		r.members = append(r.members, hostInfo{addr: addr})
		r.ring.AddMembers(hostInfo{addr: addr})
	}
}

func (r *serviceResolver) Lookup(key string) (membership.HostInfo, error) {
	r.refresh()
	r.mu.RLock()
	defer r.mu.RUnlock()
	addr, ok := r.ring.Lookup(key)
	if !ok {
		return nil, membership.ErrInsufficientHosts
	}
	return hostInfo{addr: addr}, nil
}

func (r *serviceResolver) AddListener(string, chan<- *membership.ChangedEvent) error { return nil }
func (r *serviceResolver) MemberCount() int                                        { return len(r.members) }
func (r *serviceResolver) Members() []membership.HostInfo                          { return r.members }

func farmHash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
