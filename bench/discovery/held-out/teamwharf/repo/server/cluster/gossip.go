package cluster

import (
	"fmt"
	"os"
	"strings"

	"github.com/hashicorp/memberlist"

	"github.com/teamwharf/teamwharf/server/config"
)

// Gossip keeps caches on the app server nodes consistent. Peers are the other
// replicas of the same deployment, discovered via the headless service.
type Gossip struct {
	list *memberlist.Memberlist
	q    *memberlist.TransmitLimitedQueue
}

func Join(s config.ClusterSettings) (*Gossip, error) {
	mc := memberlist.DefaultLANConfig()
	mc.BindPort = s.GossipPort
	mc.Name, _ = os.Hostname()
	list, err := memberlist.Create(mc)
	if err != nil {
		return nil, err
	}
	peers := strings.Split(os.Getenv("TW_CLUSTER_PEERS"), ",")
	if _, err := list.Join(peers); err != nil {
		return nil, fmt.Errorf("join cluster %s: %w", s.ClusterName, err)
	}
	g := &Gossip{list: list}
	g.q = &memberlist.TransmitLimitedQueue{NumNodes: list.NumMembers, RetransmitMult: 3}
	return g, nil
}

type broadcast []byte

func (b broadcast) Invalidates(memberlist.Broadcast) bool { return false }
func (b broadcast) Message() []byte                       { return b }
func (b broadcast) Finished()                             {}

func (g *Gossip) Broadcast(event, data string) {
	g.q.QueueBroadcast(broadcast(event + ":" + data))
}

func (g *Gossip) Leave() { g.list.Leave(0) }
