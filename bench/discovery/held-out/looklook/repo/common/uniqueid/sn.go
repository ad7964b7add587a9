package uniqueid

import (
	"fmt"
	"math/rand"
	"time"
)

// SnPrefix business prefixes for serial numbers.
type SnPrefix string

const (
	SN_PREFIX_HOMESTAY_ORDER SnPrefix = "HSO" // homestay order
	SN_PREFIX_THIRD_PAYMENT  SnPrefix = "PMT" // third-party payment flow
)

// GenSn builds "<prefix><yyyyMMddHHmmss><8 random digits>" (25 chars).
func GenSn(snPrefix SnPrefix) string {
	return fmt.Sprintf("%s%s%08d", snPrefix, time.Now().Format("20060102150405"), rand.Intn(100000000))
}
