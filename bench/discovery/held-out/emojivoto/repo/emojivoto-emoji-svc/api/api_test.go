package api

import (
	"context"
	"net"
	"testing"

	pb "github.com/plumeria-labs/emojivoto/gen/proto"
	"github.com/plumeria-labs/emojivoto/emojivoto-emoji-svc/emoji"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// startTestServer spins up the emoji gRPC server on a random localhost port.
func startTestServer(t *testing.T) string {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := grpc.NewServer()
	NewGrpServer(s, emoji.NewAllEmoji())
	go s.Serve(lis)
	t.Cleanup(s.Stop)
	return lis.Addr().String()
}

func TestListAll(t *testing.T) {
	addr := startTestServer(t)
	conn, err := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()

	client := pb.NewEmojiServiceClient(conn)
	resp, err := client.ListAll(context.Background(), &pb.ListAllEmojiRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.List) != len(emoji.NewAllEmoji().List()) {
		t.Fatalf("expected all emoji, got %d", len(resp.List))
	}
}

func TestFindByShortcode(t *testing.T) {
	svc := &EmojiServiceServer{allEmoji: emoji.NewAllEmoji()}
	resp, err := svc.FindByShortcode(context.Background(), &pb.FindByShortcodeRequest{Shortcode: ":doughnut:"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Emoji.Unicode != "🍩" {
		t.Fatalf("unexpected emoji %q", resp.Emoji.Unicode)
	}

	if _, err := svc.FindByShortcode(context.Background(), &pb.FindByShortcodeRequest{Shortcode: ":nope:"}); err == nil {
		t.Fatal("expected error for unknown shortcode")
	}
}
