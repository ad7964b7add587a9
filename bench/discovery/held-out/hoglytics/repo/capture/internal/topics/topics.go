package topics

// Keep in sync with posthog/kafka_client/topics.py and plugin-server/src/config/kafka-topics.ts.
const (
	EventsPluginIngestion          = "events_plugin_ingestion"
	EventsPluginIngestionOverflow  = "events_plugin_ingestion_overflow"
	SessionRecordingSnapshotItems  = "session_recording_snapshot_item_events"
	EventsDeadLetterQueue          = "events_dead_letter_queue"
)

func WithPrefix(prefix, topic string) string {
	return prefix + topic
}
