package messages

import "encoding/binary"

type Message interface {
	TypeID() int
	SessionID() uint64
	Encode() []byte
}

type BatchInfo struct {
	sessionID uint64
	topic     string
	id        uint64
	partition uint64
	timestamp int64
}

func NewBatchInfo(sessID uint64, topic string, id, partition uint64, ts int64) *BatchInfo {
	return &BatchInfo{sessionID: sessID, topic: topic, id: id, partition: partition, timestamp: ts}
}

func (b *BatchInfo) SessionID() uint64 { return b.sessionID }
func (b *BatchInfo) Topic() string     { return b.topic }

type MessageIterator interface {
	Iterate(batchData []byte, batchInfo *BatchInfo)
}

const (
	MsgSessionStart = 1
	MsgSessionEnd   = 3
	MsgIssueEvent   = 125
	MsgIntegrationEvent = 64
)

type SessionEnd struct {
	Timestamp     uint64
	EncryptionKey string
	sessionID     uint64
}

func (m *SessionEnd) TypeID() int       { return MsgSessionEnd }
func (m *SessionEnd) SessionID() uint64 { return m.sessionID }
func (m *SessionEnd) Encode() []byte {
	buf := make([]byte, 17)
	buf[0] = MsgSessionEnd
	binary.LittleEndian.PutUint64(buf[1:], m.Timestamp)
	return buf
}

func NewSessionEnd(sessID, ts uint64) *SessionEnd { return &SessionEnd{Timestamp: ts, sessionID: sessID} }

func EncodeKey(key uint64) []byte {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, key)
	return b
}

func DecodeKey(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// IsSessionEnd reports whether a raw batch contains the SessionEnd marker.
func IsSessionEnd(data []byte) bool { return len(data) > 0 && data[0] == MsgSessionEnd }
