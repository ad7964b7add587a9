package membership

import "errors"

var ErrInsufficientHosts = errors.New("not enough hosts to serve the request")

// ServiceName identifies a role in the ring.
type ServiceName string

const (
	FrontendService ServiceName = "frontend"
	HistoryService  ServiceName = "history"
	MatchingService ServiceName = "matching"
	WorkerService   ServiceName = "worker"
)

// HostInfo is a member of the ring: the gRPC address a role instance advertised.
type HostInfo interface {
	GetAddress() string
	Identity() string
}

// ServiceResolver maps a key (shard id, task queue name) onto a live host of one role.
type ServiceResolver interface {
	Lookup(key string) (HostInfo, error)
	AddListener(name string, ch chan<- *ChangedEvent) error
	MemberCount() int
	Members() []HostInfo
}

type ChangedEvent struct {
	HostsAdded   []HostInfo
	HostsRemoved []HostInfo
}

// Monitor provides membership information for all roles.
type Monitor interface {
	Start()
	EvictSelf() error
	GetResolver(service ServiceName) (ServiceResolver, error)
	GetReachableMembers() ([]string, error)
}
