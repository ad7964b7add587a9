package cassandra

import (
	"context"
	"strings"
	"time"

	"github.com/gocql/gocql"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence"
)

const (
	templateCreateWorkflowExecutionQuery = `INSERT INTO executions (shard_id, type, namespace_id, workflow_id, run_id, execution, execution_encoding) VALUES(?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS`
	templateGetTasksQuery                = `SELECT task_id, task, task_encoding FROM tasks WHERE namespace_id = ? and task_queue_name = ? and task_id > ? and task_id <= ?`
	templateGetClusterMembers            = `SELECT host_id, rpc_address, rpc_port, role FROM cluster_membership WHERE membership_partition = 0 AND last_heartbeat > ?`
	templateUpsertClusterMembership      = `INSERT INTO cluster_membership (membership_partition, host_id, rpc_address, rpc_port, role, last_heartbeat) VALUES (0, ?, ?, ?, ?, ?) USING TTL ?`
)

type Factory struct {
	cfg     config.Cassandra
	cluster string
	session *gocql.Session
}

// NewFactory opens one gocql session against cassandra.hosts (comma-separated) / port.
func NewFactory(cfg config.Cassandra, clusterName string) (*Factory, error) {
	c := gocql.NewCluster(strings.Split(cfg.Hosts, ",")...)
	c.Port = cfg.Port
	if c.Port == 0 {
		c.Port = 9042
	}
	c.Keyspace = cfg.Keyspace
	c.ProtoVersion = 4
	c.Timeout = 10 * time.Second
	c.ConnectTimeout = cfg.ConnectTimeout
	c.NumConns = cfg.MaxConns
	if cfg.User != "" {
		c.Authenticator = gocql.PasswordAuthenticator{Username: cfg.User, Password: cfg.Password}
	}
	if cfg.Datacenter != "" {
		c.PoolConfig.HostSelectionPolicy = gocql.DCAwareRoundRobinPolicy(cfg.Datacenter)
	}
	c.Consistency = gocql.LocalQuorum
	c.SerialConsistency = gocql.LocalSerial
	session, err := c.CreateSession()
	if err != nil {
		return nil, err
	}
	return &Factory{cfg: cfg, cluster: clusterName, session: session}, nil
}

func (f *Factory) Close() { f.session.Close() }

func (f *Factory) NewExecutionStore() (persistence.ExecutionManager, error) { return &executionStore{s: f.session}, nil }
func (f *Factory) NewTaskStore() (persistence.TaskManager, error)           { return &taskStore{s: f.session}, nil }
func (f *Factory) NewShardStore() (persistence.ShardManager, error)         { return &shardStore{s: f.session}, nil }
func (f *Factory) NewMetadataStore() (persistence.MetadataManager, error)   { return &metadataStore{s: f.session}, nil }
func (f *Factory) NewClusterMetadataStore() (persistence.ClusterMetadataManager, error) {
	return &clusterMetadataStore{s: f.session}, nil
}

type clusterMetadataStore struct{ s *gocql.Session }

func (c *clusterMetadataStore) GetClusterMembers(ctx context.Context, req *persistence.GetClusterMembersRequest) (*persistence.GetClusterMembersResponse, error) {
	iter := c.s.Query(templateGetClusterMembers, time.Now().Add(-req.LastHeartbeatWithin)).WithContext(ctx).Iter()
	resp := &persistence.GetClusterMembersResponse{}
	var hostID []byte
	var addr string
	var port int
	var role string
	for iter.Scan(&hostID, &addr, &port, &role) {
		resp.ActiveMembers = append(resp.ActiveMembers, &persistence.ClusterMember{Role: role, RPCPort: uint16(port)})
	}
	return resp, iter.Close()
}

func (c *clusterMetadataStore) UpsertClusterMembership(ctx context.Context, req *persistence.UpsertClusterMembershipRequest) error {
	return c.s.Query(templateUpsertClusterMembership, gocql.TimeUUID(), req.RPCAddress.String(), req.RPCPort, req.Role, time.Now(), int(req.RecordExpiry.Seconds())).WithContext(ctx).Exec()
}
