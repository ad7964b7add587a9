package api

import (
	"context"
	"fmt"

	pb "github.com/plumeria-labs/emojivoto/gen/proto"
	"github.com/plumeria-labs/emojivoto/emojivoto-voting-svc/voting"
	"google.golang.org/grpc"
)

type PollServiceServer struct {
	pb.UnimplementedVotingServiceServer
	poll voting.Poll
}

func (pS *PollServiceServer) vote(shortcode string) (*pb.VoteResponse, error) {
	if err := pS.poll.Vote(shortcode); err != nil {
		return nil, err
	}
	return &pb.VoteResponse{}, nil
}

func (pS *PollServiceServer) Vote(_ context.Context, req *pb.ShortcodeVoteRequest) (*pb.VoteResponse, error) {
	return pS.vote(req.Shortcode)
}

func (pS *PollServiceServer) VoteDoughnut(_ context.Context, _ *pb.VoteRequest) (*pb.VoteResponse, error) {
	// The doughnut is deliberately broken: it is the fault we use in the
	// debugging workshop (see linkerd/service-profiles/voting-svc.yml).
	return nil, fmt.Errorf("ERROR")
}

func (pS *PollServiceServer) VotePoop(_ context.Context, _ *pb.VoteRequest) (*pb.VoteResponse, error) {
	return pS.vote(":poop:")
}

func (pS *PollServiceServer) VoteJoy(_ context.Context, _ *pb.VoteRequest) (*pb.VoteResponse, error) {
	return pS.vote(":joy:")
}

func (pS *PollServiceServer) Results(_ context.Context, _ *pb.ResultsRequest) (*pb.ResultsResponse, error) {
	results, err := pS.poll.Results()
	if err != nil {
		return nil, err
	}

	votingResults := make([]*pb.VotingResult, 0, len(results))
	for _, e := range results {
		votingResults = append(votingResults, &pb.VotingResult{
			Shortcode: e.Shortcode,
			Votes:     int32(e.NumVotes),
		})
	}

	return &pb.ResultsResponse{Results: votingResults}, nil
}

func NewGrpServer(grpcServer *grpc.Server, poll voting.Poll) {
	pb.RegisterVotingServiceServer(grpcServer, &PollServiceServer{poll: poll})
}
