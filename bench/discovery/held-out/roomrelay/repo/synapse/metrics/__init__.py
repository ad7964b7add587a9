from prometheus_client import Counter, Gauge

# Exposed on a `metrics` listener only when enable_metrics is true.
event_processing_positions = Gauge("synapse_event_processing_positions", "", ["name"])
sent_transactions_counter = Counter("synapse_federation_client_sent_transactions", "")
