package cmd

import (
	"log"
	"net"
	"time"
)

// WaitForService blocks until host (host:port) accepts TCP connections.
func WaitForService(host string) {
	log.Printf("waiting for %s", host)

	for {
		conn, err := net.DialTimeout("tcp", host, time.Second)
		if err == nil {
			_ = conn.Close()
			log.Printf("%s is up", host)
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
}
