package router

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	config "sessioncast/backend/internal/config/http"
)

type fakeProducer struct{ topics []string }

func (f *fakeProducer) Produce(topic string, key uint64, value []byte) error {
	f.topics = append(f.topics, topic)
	return nil
}
func (f *fakeProducer) ProduceToPartition(topic string, p, key uint64, value []byte) error { return nil }
func (f *fakeProducer) Close(int)                                                         {}
func (f *fakeProducer) Flush(int)                                                         {}

func testConfig() *config.Config {
	os.Setenv("HTTP_PORT", "8080")
	os.Setenv("TOPIC_RAW_WEB", "raw")
	os.Setenv("TOPIC_RAW_IOS", "raw-ios")
	os.Setenv("TOPIC_RAW_IMAGES", "raw-images")
	os.Setenv("TOPIC_CANVAS_IMAGES", "canvas-images")
	os.Setenv("BEACON_SIZE_LIMIT", "1000000")
	os.Setenv("TOKEN_SECRET", "test")
	os.Setenv("UAPARSER_FILE", "/tmp/regexes.yaml")
	os.Setenv("MAXMINDDB_FILE", "/tmp/geo.mmdb")
	os.Setenv("POSTGRES_STRING", "postgres://postgres:postgres@localhost:5432/sessioncast_test")
	os.Setenv("KAFKA_SERVERS", "localhost:9092")
	return config.New()
}

func TestPushMessagesWeb(t *testing.T) {
	fp := &fakeProducer{}
	r := &Router{cfg: testConfig(), producer: fp}
	req := httptest.NewRequest(http.MethodPost, "http://localhost:8080/v1/web/i", nil)
	req.Header.Set("X-Session-Id", "42")
	rec := httptest.NewRecorder()
	r.pushMessagesHandlerWeb(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("unexpected status %d", rec.Code)
	}
	if len(fp.topics) != 1 || fp.topics[0] != "raw" {
		t.Fatalf("expected one message on raw, got %v", fp.topics)
	}
}
