package mail

import (
	"bufio"
	"net"
	"strings"
	"testing"

	"github.com/teamwharf/teamwharf/server/config"
)

// fakeSMTP is a minimal in-process SMTP server used instead of a real relay.
func fakeSMTP(t *testing.T) (string, string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		conn, _ := ln.Accept()
		defer conn.Close()
		r := bufio.NewReader(conn)
		conn.Write([]byte("220 fake\r\n"))
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			switch {
			case strings.HasPrefix(line, "DATA"):
				conn.Write([]byte("354 go\r\n"))
				for l, _ := r.ReadString('\n'); l != ".\r\n"; l, _ = r.ReadString('\n') {
				}
				conn.Write([]byte("250 ok\r\n"))
			case strings.HasPrefix(line, "QUIT"):
				conn.Write([]byte("221 bye\r\n"))
				return
			default:
				conn.Write([]byte("250 ok\r\n"))
			}
		}
	}()
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	return host, port
}

func TestSend(t *testing.T) {
	host, port := fakeSMTP(t)
	s := NewSender(config.EmailSettings{SMTPServer: host, SMTPPort: port, FeedbackEmail: "noreply@test"})
	if err := s.Send("a@test", "hi", "<p>hi</p>"); err != nil {
		t.Fatal(err)
	}
}
