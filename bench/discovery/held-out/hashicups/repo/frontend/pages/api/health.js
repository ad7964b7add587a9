// Liveness probe for Kubernetes / Consul. Does not touch public-api.
export default function handler(req, res) {
  res.status(200).json({ status: 'ok' });
}
