// Package codec implements payload encryption for workflow inputs/results and
// the HTTP codec endpoint the Temporal Web UI uses (from the operator's browser)
// to decode payloads for display.
package codec

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"net/http"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/sdk/converter"
	"google.golang.org/protobuf/proto"
)

const (
	metadataEncodingEncrypted = "binary/encrypted"
	metadataEncryptionKeyID   = "encryption-key-id"
)

// EncryptionCodec encrypts payloads with AES-GCM. The key is derived from the key id;
// this is a reference implementation, production deployments load keys from a KMS.
type EncryptionCodec struct {
	KeyID string
}

// NewEncryptionCodec returns a codec for keyID.
func NewEncryptionCodec(keyID string) *EncryptionCodec {
	return &EncryptionCodec{KeyID: keyID}
}

func (e *EncryptionCodec) key() []byte {
	sum := sha256.Sum256([]byte("tidewater-oms/" + e.KeyID))
	return sum[:]
}

// Encode implements converter.PayloadCodec.
func (e *EncryptionCodec) Encode(payloads []*commonpb.Payload) ([]*commonpb.Payload, error) {
	result := make([]*commonpb.Payload, len(payloads))
	for i, p := range payloads {
		raw, err := proto.Marshal(p)
		if err != nil {
			return payloads, err
		}
		enc, err := encrypt(raw, e.key())
		if err != nil {
			return payloads, err
		}
		result[i] = &commonpb.Payload{
			Metadata: map[string][]byte{
				converter.MetadataEncoding: []byte(metadataEncodingEncrypted),
				metadataEncryptionKeyID:    []byte(e.KeyID),
			},
			Data: enc,
		}
	}
	return result, nil
}

// Decode implements converter.PayloadCodec.
func (e *EncryptionCodec) Decode(payloads []*commonpb.Payload) ([]*commonpb.Payload, error) {
	result := make([]*commonpb.Payload, len(payloads))
	for i, p := range payloads {
		if string(p.Metadata[converter.MetadataEncoding]) != metadataEncodingEncrypted {
			result[i] = p
			continue
		}
		raw, err := decrypt(p.Data, e.key())
		if err != nil {
			return payloads, err
		}
		result[i] = &commonpb.Payload{}
		if err := proto.Unmarshal(raw, result[i]); err != nil {
			return payloads, err
		}
	}
	return result, nil
}

// NewHandler returns the codec HTTP handler with permissive CORS for the Temporal UI origin.
func NewHandler(keyID string, allowedOrigin string) http.Handler {
	h := converter.NewPayloadCodecHTTPHandler(NewEncryptionCodec(keyID))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", allowedOrigin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type,X-Namespace")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func encrypt(plain, key []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

func decrypt(data, key []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(data) < gcm.NonceSize() {
		return nil, fmt.Errorf("ciphertext too short")
	}
	nonce, ct := data[:gcm.NonceSize()], data[gcm.NonceSize():]
	return gcm.Open(nil, nonce, ct, nil)
}
