package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	pb "github.com/plumeria-labs/emojivoto/gen/proto"
	"google.golang.org/grpc"
)

// Fakes so the handlers can be tested without the emoji/voting services.
type fakeEmojiClient struct{}

func (fakeEmojiClient) ListAll(context.Context, *pb.ListAllEmojiRequest, ...grpc.CallOption) (*pb.ListAllEmojiResponse, error) {
	return &pb.ListAllEmojiResponse{List: []*pb.Emoji{{Unicode: "🍕", Shortcode: ":pizza:"}}}, nil
}

func (fakeEmojiClient) FindByShortcode(_ context.Context, in *pb.FindByShortcodeRequest, _ ...grpc.CallOption) (*pb.FindByShortcodeResponse, error) {
	if in.Shortcode == ":pizza:" || in.Shortcode == ":doughnut:" {
		return &pb.FindByShortcodeResponse{Emoji: &pb.Emoji{Unicode: "?", Shortcode: in.Shortcode}}, nil
	}
	return &pb.FindByShortcodeResponse{}, nil
}

type fakeVotingClient struct{ pb.VotingServiceClient }

func (fakeVotingClient) Vote(context.Context, *pb.ShortcodeVoteRequest, ...grpc.CallOption) (*pb.VoteResponse, error) {
	return &pb.VoteResponse{}, nil
}

func (fakeVotingClient) VoteDoughnut(context.Context, *pb.VoteRequest, ...grpc.CallOption) (*pb.VoteResponse, error) {
	return nil, errors.New("ERROR")
}

func newTestApp() *WebApp {
	return &WebApp{emojiServiceClient: fakeEmojiClient{}, votingServiceClient: fakeVotingClient{}}
}

func TestVotePizza(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "http://localhost:8080/api/vote?choice=:pizza:", nil)
	rec := httptest.NewRecorder()
	newTestApp().voteEmojiHandler(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200, got %d", rec.Code)
	}
}

func TestVoteDoughnutFails(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "http://localhost:8080/api/vote?choice=:doughnut:", nil)
	rec := httptest.NewRecorder()
	newTestApp().voteEmojiHandler(rec, req)
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("expected 500, got %d", rec.Code)
	}
}

func TestVoteRequiresChoice(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/api/vote", nil)
	rec := httptest.NewRecorder()
	newTestApp().voteEmojiHandler(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("expected 400, got %d", rec.Code)
	}
}
