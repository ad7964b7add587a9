package reservation

import (
	"context"
	"fmt"
	"net"
	"strconv"
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
	pb "github.com/harborlight/hotelres/services/reservation/proto"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

const name = "srv-reservation"

// Server implements the reservation service
type Server struct {
	pb.UnimplementedReservationServer

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
	pb.RegisterReservationServer(srv, s)

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

type reservation struct {
	HotelId      string `bson:"hotelId"`
	CustomerName string `bson:"customerName"`
	InDate       string `bson:"inDate"`
	OutDate      string `bson:"outDate"`
	Number       int    `bson:"number"`
}

type number struct {
	HotelId string `bson:"hotelId"`
	Number  int    `bson:"numberOfRoom"`
}

const dateLayout = "2006-01-02"

// MakeReservation makes a reservation based on given information
func (s *Server) MakeReservation(ctx context.Context, req *pb.Request) (*pb.Result, error) {
	res := new(pb.Result)
	db := s.MongoClient.Database("reservation-db")
	resColl := db.Collection("reservation")
	numColl := db.Collection("number")

	inDate, _ := time.Parse(dateLayout, req.InDate)
	outDate, _ := time.Parse(dateLayout, req.OutDate)
	hotelId := req.HotelId[0]

	indate := inDate.String()[0:10]
	memcDateNumMap := make(map[string]int)

	for inDate.Before(outDate) {
		count := 0
		inDate = inDate.AddDate(0, 0, 1)
		outdate := inDate.String()[0:10]

		memcKey := hotelId + "_" + indate + "_" + outdate
		item, err := s.MemcClient.Get(memcKey)
		if err == nil {
			count, _ = strconv.Atoi(string(item.Value))
		} else if err == memcache.ErrCacheMiss {
			var reserve []reservation
			curr, err := resColl.Find(ctx, bson.M{"hotelId": hotelId, "inDate": indate, "outDate": outdate})
			if err != nil {
				return nil, err
			}
			curr.All(ctx, &reserve)
			for _, r := range reserve {
				count += r.Number
			}
			memcDateNumMap[memcKey] = count + int(req.RoomNumber)
		} else {
			log.Panic().Msgf("Tried to get memc_key [%v], but got memmcached error = %s", memcKey, err)
		}

		capacity, err := s.capacity(ctx, numColl, hotelId)
		if err != nil {
			return nil, err
		}
		if count+int(req.RoomNumber) > capacity {
			return res, nil
		}
		indate = outdate
	}

	for key, val := range memcDateNumMap {
		s.MemcClient.Set(&memcache.Item{Key: key, Value: []byte(strconv.Itoa(val))})
	}

	inDate, _ = time.Parse(dateLayout, req.InDate)
	indate = inDate.String()[0:10]
	for inDate.Before(outDate) {
		inDate = inDate.AddDate(0, 0, 1)
		outdate := inDate.String()[0:10]
		if _, err := resColl.InsertOne(ctx, reservation{hotelId, req.CustomerName, indate, outdate, int(req.RoomNumber)}); err != nil {
			return nil, err
		}
		indate = outdate
	}
	res.HotelId = append(res.HotelId, hotelId)
	return res, nil
}

func (s *Server) capacity(ctx context.Context, numColl *mongo.Collection, hotelId string) (int, error) {
	key := hotelId + "_cap"
	if item, err := s.MemcClient.Get(key); err == nil {
		return strconv.Atoi(string(item.Value))
	}
	var num number
	if err := numColl.FindOne(ctx, bson.M{"hotelId": hotelId}).Decode(&num); err != nil {
		return 0, err
	}
	s.MemcClient.Set(&memcache.Item{Key: key, Value: []byte(strconv.Itoa(num.Number))})
	return num.Number, nil
}

// CheckAvailability checks if given information is available
func (s *Server) CheckAvailability(ctx context.Context, req *pb.Request) (*pb.Result, error) {
	res := new(pb.Result)
	var mu sync.Mutex
	var wg sync.WaitGroup
	numColl := s.MongoClient.Database("reservation-db").Collection("number")
	for _, hotelId := range req.HotelId {
		wg.Add(1)
		go func(id string) {
			defer wg.Done()
			if c, err := s.capacity(ctx, numColl, id); err == nil && c >= int(req.RoomNumber) {
				mu.Lock()
				res.HotelId = append(res.HotelId, id)
				mu.Unlock()
			}
		}(hotelId)
	}
	wg.Wait()
	return res, nil
}
