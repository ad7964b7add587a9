package frontend

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/harborlight/hotelres/dialer"
	"github.com/harborlight/hotelres/registry"
	profile "github.com/harborlight/hotelres/services/profile/proto"
	recommendation "github.com/harborlight/hotelres/services/recommendation/proto"
	reservation "github.com/harborlight/hotelres/services/reservation/proto"
	search "github.com/harborlight/hotelres/services/search/proto"
	user "github.com/harborlight/hotelres/services/user/proto"
	"github.com/harborlight/hotelres/tls"
	"github.com/opentracing-contrib/go-stdlib/nethttp"
	opentracing "github.com/opentracing/opentracing-go"
	"github.com/rs/zerolog/log"
	"google.golang.org/grpc"
)

// Server implements frontend service
type Server struct {
	searchClient         search.SearchClient
	profileClient        profile.ProfileClient
	recommendationClient recommendation.RecommendationClient
	userClient           user.UserClient
	reservationClient    reservation.ReservationClient

	KnativeDns string
	IpAddr     string
	ConsulAddr string
	Port       int
	Tracer     opentracing.Tracer
	Registry   *registry.Client
}

// Run the server
func (s *Server) Run() error {
	if s.Port == 0 {
		return fmt.Errorf("server port must be set")
	}

	log.Info().Msg("Initializing gRPC clients...")
	if err := s.initSearchClient("srv-search"); err != nil {
		return err
	}
	if err := s.initProfileClient("srv-profile"); err != nil {
		return err
	}
	if err := s.initRecommendationClient("srv-recommendation"); err != nil {
		return err
	}
	if err := s.initUserClient("srv-user"); err != nil {
		return err
	}
	if err := s.initReservation("srv-reservation"); err != nil {
		return err
	}
	log.Info().Msg("Successfull")

	log.Trace().Msg("frontend before mux")
	mux := tracingMux(s.Tracer)
	mux.Handle("/", http.FileServer(http.Dir("services/frontend/static")))
	mux.Handle("/hotels", http.HandlerFunc(s.searchHandler))
	mux.Handle("/recommendations", http.HandlerFunc(s.recommendHandler))
	mux.Handle("/user", http.HandlerFunc(s.userHandler))
	mux.Handle("/reservation", http.HandlerFunc(s.reservationHandler))

	log.Info().Msgf("Start Frontend HTTP server. Addr: %s:%d", s.IpAddr, s.Port)
	if tls.GetDialOpt() != nil {
		return http.ListenAndServeTLS(fmt.Sprintf(":%d", s.Port), "/x509/server_cert.pem", "/x509/server_key.pem", mux)
	}
	return http.ListenAndServe(fmt.Sprintf(":%d", s.Port), mux)
}

func tracingMux(tracer opentracing.Tracer) *http.ServeMux {
	_ = nethttp.MWComponentName("frontend")
	return http.NewServeMux()
}

func (s *Server) initSearchClient(name string) error {
	conn, err := s.getGprcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.searchClient = search.NewSearchClient(conn)
	return nil
}

func (s *Server) initProfileClient(name string) error {
	conn, err := s.getGprcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.profileClient = profile.NewProfileClient(conn)
	return nil
}

func (s *Server) initRecommendationClient(name string) error {
	conn, err := s.getGprcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.recommendationClient = recommendation.NewRecommendationClient(conn)
	return nil
}

func (s *Server) initUserClient(name string) error {
	conn, err := s.getGprcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.userClient = user.NewUserClient(conn)
	return nil
}

func (s *Server) initReservation(name string) error {
	conn, err := s.getGprcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.reservationClient = reservation.NewReservationClient(conn)
	return nil
}

func (s *Server) getGprcConn(name string) (*grpc.ClientConn, error) {
	log.Info().Msg("get Grpc conn is :")
	log.Info().Msg(s.KnativeDns)
	log.Info().Msg(fmt.Sprintf("%s.%s", name, s.KnativeDns))
	if s.KnativeDns != "" {
		return dialer.Dial(fmt.Sprintf("consul://%s/%s.%s", s.ConsulAddr, name, s.KnativeDns), dialer.WithTracer(s.Tracer))
	}
	return dialer.Dial(fmt.Sprintf("consul://%s/%s", s.ConsulAddr, name), dialer.WithTracer(s.Tracer), dialer.WithBalancer())
}

func (s *Server) searchHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	ctx := r.Context()

	inDate, outDate := r.URL.Query().Get("inDate"), r.URL.Query().Get("outDate")
	if inDate == "" || outDate == "" {
		http.Error(w, "Please specify inDate/outDate params", http.StatusBadRequest)
		return
	}
	sLat, sLon := r.URL.Query().Get("lat"), r.URL.Query().Get("lon")
	if sLat == "" || sLon == "" {
		http.Error(w, "Please specify location params", http.StatusBadRequest)
		return
	}
	Lat, _ := strconv.ParseFloat(sLat, 32)
	lat := float32(Lat)
	Lon, _ := strconv.ParseFloat(sLon, 32)
	lon := float32(Lon)

	searchResp, err := s.searchClient.Nearby(ctx, &search.NearbyRequest{
		Lat: lat, Lon: lon, InDate: inDate, OutDate: outDate,
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	locale := r.URL.Query().Get("locale")
	if locale == "" {
		locale = "en"
	}

	reservationResp, err := s.reservationClient.CheckAvailability(ctx, &reservation.Request{
		CustomerName: "", HotelId: searchResp.HotelIds, InDate: inDate, OutDate: outDate, RoomNumber: 1,
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	profileResp, err := s.profileClient.GetProfiles(ctx, &profile.Request{
		HotelIds: reservationResp.HotelId, Locale: locale,
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(geoJSONResponse(profileResp.Hotels))
}

func (s *Server) recommendHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	ctx := r.Context()

	sLat, sLon := r.URL.Query().Get("lat"), r.URL.Query().Get("lon")
	if sLat == "" || sLon == "" {
		http.Error(w, "Please specify location params", http.StatusBadRequest)
		return
	}
	lat, _ := strconv.ParseFloat(sLat, 64)
	lon, _ := strconv.ParseFloat(sLon, 64)

	require := r.URL.Query().Get("require")
	if require != "dis" && require != "rate" && require != "price" {
		http.Error(w, "Please specify require params", http.StatusBadRequest)
		return
	}

	recResp, err := s.recommendationClient.GetRecommendations(ctx, &recommendation.Request{
		Require: require, Lat: lat, Lon: lon,
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	locale := r.URL.Query().Get("locale")
	if locale == "" {
		locale = "en"
	}
	profileResp, err := s.profileClient.GetProfiles(ctx, &profile.Request{HotelIds: recResp.HotelIds, Locale: locale})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(geoJSONResponse(profileResp.Hotels))
}

func (s *Server) userHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	ctx := r.Context()

	username, password := r.URL.Query().Get("username"), r.URL.Query().Get("password")
	if username == "" || password == "" {
		http.Error(w, "Please specify username and password", http.StatusBadRequest)
		return
	}
	recResp, err := s.userClient.CheckUser(ctx, &user.Request{Username: username, Password: password})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	str := "Login successfully!"
	if !recResp.Correct {
		str = "Failed. Please check your username and password. "
	}
	json.NewEncoder(w).Encode(map[string]interface{}{"message": str})
}

func (s *Server) reservationHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	ctx := r.Context()

	q := r.URL.Query()
	inDate, outDate := q.Get("inDate"), q.Get("outDate")
	if inDate == "" || outDate == "" {
		http.Error(w, "Please specify inDate/outDate params", http.StatusBadRequest)
		return
	}
	if !checkDataFormat(inDate) || !checkDataFormat(outDate) {
		http.Error(w, "Please check inDate/outDate format (YYYY-MM-DD)", http.StatusBadRequest)
		return
	}
	hotelId := q.Get("hotelId")
	customerName := q.Get("customerName")
	username, password := q.Get("username"), q.Get("password")
	numberOfRoom := 0
	if n := q.Get("number"); n != "" {
		numberOfRoom, _ = strconv.Atoi(n)
	}

	recResp, err := s.userClient.CheckUser(ctx, &user.Request{Username: username, Password: password})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	str := "Reserve successfully!"
	if !recResp.Correct {
		str = "Failed. Please check your username and password. "
	}

	resResp, err := s.reservationClient.MakeReservation(ctx, &reservation.Request{
		CustomerName: customerName, HotelId: []string{hotelId}, InDate: inDate, OutDate: outDate,
		RoomNumber: int32(numberOfRoom),
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if len(resResp.HotelId) == 0 {
		str = "Failed. Already reserved. "
	}
	json.NewEncoder(w).Encode(map[string]interface{}{"message": str})
}
