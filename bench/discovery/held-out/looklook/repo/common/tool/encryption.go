package tool

import (
	"crypto/md5"
	"fmt"
	"io"
)

// Md5ByString hashes s with md5 and returns the hex digest.
func Md5ByString(s string) string {
	m := md5.New()
	_, err := io.WriteString(m, s)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("%x", m.Sum(nil))
}

// Fen2Yuan renders an amount in fen as yuan.
func Fen2Yuan(fen int64) float64 {
	return float64(fen) / 100
}
