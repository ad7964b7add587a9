package api

import (
	"context"
	"fmt"

	pb "github.com/plumeria-labs/emojivoto/gen/proto"
	"github.com/plumeria-labs/emojivoto/emojivoto-emoji-svc/emoji"
	"google.golang.org/grpc"
)

type EmojiServiceServer struct {
	pb.UnimplementedEmojiServiceServer
	allEmoji emoji.AllEmoji
}

func (svc *EmojiServiceServer) ListAll(ctx context.Context, req *pb.ListAllEmojiRequest) (*pb.ListAllEmojiResponse, error) {
	emoji := svc.allEmoji.List()

	list := make([]*pb.Emoji, 0)
	for _, e := range emoji {
		list = append(list, toPbEmoji(e))
	}

	return &pb.ListAllEmojiResponse{List: list}, nil
}

func (svc *EmojiServiceServer) FindByShortcode(ctx context.Context, req *pb.FindByShortcodeRequest) (*pb.FindByShortcodeResponse, error) {
	var pbEmoji *pb.Emoji
	found := svc.allEmoji.WithShortcode(req.Shortcode)
	if found == nil {
		return nil, fmt.Errorf("emoji with shortcode [%s] not found", req.Shortcode)
	}
	pbEmoji = toPbEmoji(found)

	return &pb.FindByShortcodeResponse{Emoji: pbEmoji}, nil
}

func NewGrpServer(grpcServer *grpc.Server, allEmoji emoji.AllEmoji) {
	pb.RegisterEmojiServiceServer(grpcServer, &EmojiServiceServer{allEmoji: allEmoji})
}

func toPbEmoji(e *emoji.Emoji) *pb.Emoji {
	return &pb.Emoji{
		Unicode:   e.Unicode,
		Shortcode: e.Shortcode,
	}
}
