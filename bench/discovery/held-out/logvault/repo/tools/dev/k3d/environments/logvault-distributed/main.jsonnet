// Developer environment: distributed LogVault on k3d with an in-cluster MinIO,
// Jaeger, Prometheus and Grafana from the jsonnet libs. Not a deployment target.
local k = import 'github.com/grafana/jsonnet-libs/ksonnet-util/kausal.libsonnet';
local logvault = import 'logvault/logvault.libsonnet';
local minio = import 'minio/minio.libsonnet';
local jaeger = import 'jaeger/jaeger.libsonnet';

logvault + minio + jaeger {
  _config+:: {
    namespace: 'logvault',
    storage_backend: 's3',
    s3_address: 'minio.minio.svc.cluster.local:9000',
    s3_bucket_name: 'logvault-dev',
    s3_access_key: 'logvault',
    s3_secret_access_key: 'supersecret',
    jaeger_agent_host: 'jaeger-agent.jaeger.svc.cluster.local',
    memberlist_ring_enabled: true,
    using_boltdb_shipper: false,
    using_tsdb_shipper: true,
    consul_enabled: false,
  },
}
