package rate

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bradfitz/gomemcache/memcache"
	"github.com/google/uuid"
	"github.com/harborlight/hotelres/registry"
	"github.com/harborlight/hotelres/tls"
	otgrpc "github.com/opentracing-contrib/go-grpc"
	opentracing "github.com/opentracing/opentracing-go"
	"github.com/rs/zerolog/log"
	"google.golang.org/grpc"
	"google.golang.org/grpc/keepalive"
	pb "github.com/harborlight/hotelres/services/rate/proto"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

const name = "srv-rate"

// Server implements the rate service
type Server struct {
	pb.UnimplementedRateServer

	uuid string

	Tracer      opentracing.Tracer
	Port        int
	IpAddr      string
	MongoClient *mongo.Client
	Registry    *registry.Client
	MemcClient  *memcache.Client
}

// Run starts the server
func (s *Server) Run() error {
	if s.Port == 0 {
		return fmt.Errorf("server port must be set")
	}
	s.uuid = uuid.New().String()

	opts := []grpc.ServerOption{
		grpc.KeepaliveParams(keepalive.ServerParameters{Timeout: 120 * time.Second}),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{PermitWithoutStream: true}),
		grpc.UnaryInterceptor(otgrpc.OpenTracingServerInterceptor(s.Tracer)),
	}
	if tlsopt := tls.GetServerOpt(); tlsopt != nil {
		opts = append(opts, tlsopt)
	}
	srv := grpc.NewServer(opts...)
	pb.RegisterRateServer(srv, s)

	lis, err := net.Listen("tcp", fmt.Sprintf(":%d", s.Port))
	if err != nil {
		log.Fatal().Msgf("failed to listen: %v", err)
	}
	if err := s.Registry.Register(name, s.uuid, s.IpAddr, s.Port); err != nil {
		return fmt.Errorf("failed register: %v", err)
	}
	log.Info().Msg("Successfully registered in consul")
	return srv.Serve(lis)
}

// Shutdown cleans up any processes
func (s *Server) Shutdown() {
	s.Registry.Deregister(s.uuid)
}

// GetRates gets rates for hotels for specific date range. Cache first, then mongo.
func (s *Server) GetRates(ctx context.Context, req *pb.Request) (*pb.Result, error) {
	res := new(pb.Result)
	ratePlans := make(RatePlans, 0)

	hotelIds := []string{}
	rateMap := make(map[string]bool)
	for _, hotelID := range req.HotelIds {
		hotelIds = append(hotelIds, hotelID)
		rateMap[hotelID] = true
	}

	memSpan, _ := opentracing.StartSpanFromContext(ctx, "memcached_get_multi_rate")
	memSpan.SetTag("span.kind", "client")
	resMap, err := s.MemcClient.GetMulti(hotelIds)
	memSpan.Finish()

	var wg sync.WaitGroup
	var mutex sync.Mutex
	if err != nil && err != memcache.ErrCacheMiss {
		log.Panic().Msgf("Memmcached error while trying to get hotel [id: %v]= %s", hotelIds, err)
	}
	for hotelId, item := range resMap {
		rateStrs := strings.Split(string(item.Value), "\n")
		for _, rateStr := range rateStrs {
			if len(rateStr) != 0 {
				rateP := new(pb.RatePlan)
				json.Unmarshal([]byte(rateStr), rateP)
				ratePlans = append(ratePlans, rateP)
			}
		}
		delete(rateMap, hotelId)
	}

	wg.Add(len(rateMap))
	for hotelId := range rateMap {
		go func(id string) {
			defer wg.Done()
			collection := s.MongoClient.Database("rate-db").Collection("inventory")
			curr, err := collection.Find(context.TODO(), bson.M{"hotelId": id})
			if err != nil {
				log.Error().Msgf("Failed get rate data: %v", err)
				return
			}
			var tmpRatePlans []*pb.RatePlan
			curr.All(context.TODO(), &tmpRatePlans)

			memcStr := ""
			for _, r := range tmpRatePlans {
				mutex.Lock()
				ratePlans = append(ratePlans, r)
				mutex.Unlock()
				rateJson, _ := json.Marshal(r)
				memcStr = memcStr + string(rateJson) + "\n"
			}
			go s.MemcClient.Set(&memcache.Item{Key: id, Value: []byte(memcStr)})
		}(hotelId)
	}
	wg.Wait()

	sort.Sort(ratePlans)
	res.RatePlans = ratePlans
	return res, nil
}

type RatePlans []*pb.RatePlan

func (r RatePlans) Len() int      { return len(r) }
func (r RatePlans) Swap(i, j int) { r[i], r[j] = r[j], r[i] }
func (r RatePlans) Less(i, j int) bool {
	return r[i].RoomType.TotalRate > r[j].RoomType.TotalRate
}
