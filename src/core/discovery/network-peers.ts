/**
 * Containers sharing one network namespace (compose `network_mode: "service:api"`, the Docker
 * `--network container:api` it stands for): `127.0.0.1` and `localhost` inside the sidecar are the
 * other container's loopback too, so an address there on a port the other listens on is a call to
 * it. The sidecar's own ports (a health check of its own) are not, nor a port nobody is known to
 * listen on when the other's ports are known. The containers of one Kubernetes pod share a
 * namespace the same way, but a pod is one component (kubernetes-objects.ts): its loopback is itself.
 */

/** Whether a loopback address on `port` names the peer whose network a component (listening on `own`) shares. */
export function loopbackPeer(port: number | undefined, own: ReadonlySet<number> | undefined, peer: { ports?: ReadonlySet<number> } | undefined): boolean {
  if (port === undefined || !peer) return false;
  if (own?.has(port)) return false;
  // With nothing said of the peer's ports, the sidecar's loopback can only mean the peer it was put beside.
  return peer.ports === undefined || peer.ports.size === 0 || peer.ports.has(port);
}
