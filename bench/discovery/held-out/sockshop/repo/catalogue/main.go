package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/go-kit/log"
	_ "github.com/go-sql-driver/mysql"
	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
)

// Sock is a product in the catalogue.
type Sock struct {
	ID          string   `json:"id" db:"sock_id"`
	Name        string   `json:"name" db:"name"`
	Description string   `json:"description" db:"description"`
	ImageURL    []string `json:"imageUrl" db:"-"`
	ImageURL1   string   `json:"-" db:"image_url_1"`
	ImageURL2   string   `json:"-" db:"image_url_2"`
	Price       float32  `json:"price" db:"price"`
	Count       int      `json:"count" db:"count"`
	Tags        []string `json:"tag" db:"-"`
	TagString   string   `json:"-" db:"tag_name"`
}

const baseQuery = "SELECT sock.sock_id AS sock_id, sock.name, sock.description, sock.price, sock.count, sock.image_url_1, sock.image_url_2, GROUP_CONCAT(tag.name) AS tag_name FROM sock JOIN sock_tag ON sock.sock_id=sock_tag.sock_id JOIN tag ON sock_tag.tag_id=tag.tag_id"

type catalogueService struct {
	db     *sqlx.DB
	logger log.Logger
}

func main() {
	var (
		port   = flag.String("port", "80", "Port to bind HTTP listener")
		images = flag.String("images", "./images/", "Image path")
		dsn    = flag.String("DSN", "catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb", "Data Source Name: [username[:password]@][protocol[(address)]]/dbname")
	)
	flag.Parse()

	logger := log.NewLogfmtLogger(os.Stderr)
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)

	db, err := sqlx.Open("mysql", *dsn)
	if err != nil {
		logger.Log("err", err)
		os.Exit(1)
	}
	if err := db.Ping(); err != nil {
		logger.Log("Error", "Unable to connect to Database", "DSN", dsn)
	}

	svc := &catalogueService{db: db, logger: logger}

	r := mux.NewRouter()
	r.HandleFunc("/catalogue", svc.list).Methods("GET")
	r.HandleFunc("/catalogue/size", svc.count).Methods("GET")
	r.HandleFunc("/catalogue/{id}", svc.get).Methods("GET")
	r.HandleFunc("/tags", svc.tags).Methods("GET")
	r.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) {
		status := "OK"
		if err := db.Ping(); err != nil {
			status = "err"
		}
		json.NewEncoder(w).Encode(map[string]string{"service": "catalogue", "status": status})
	}).Methods("GET")
	r.PathPrefix("/catalogue/images/").Handler(http.StripPrefix("/catalogue/images/", http.FileServer(http.Dir(*images))))

	errc := make(chan error)
	go func() {
		logger.Log("transport", "HTTP", "port", *port)
		errc <- http.ListenAndServe(fmt.Sprintf(":%v", *port), r)
	}()
	go func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
		errc <- fmt.Errorf("%s", <-c)
	}()
	logger.Log("exit", <-errc)
}

func (s *catalogueService) list(w http.ResponseWriter, r *http.Request) {
	tags := r.URL.Query().Get("tags")
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	size, _ := strconv.Atoi(r.URL.Query().Get("size"))
	if page < 1 {
		page = 1
	}
	if size < 1 {
		size = 10
	}
	query := baseQuery
	var args []interface{}
	if tags != "" {
		parts := strings.Split(tags, ",")
		query += " WHERE tag.name IN (?" + strings.Repeat(",?", len(parts)-1) + ")"
		for _, t := range parts {
			args = append(args, t)
		}
	}
	query += " GROUP BY sock.sock_id LIMIT ? OFFSET ?"
	args = append(args, size, (page-1)*size)

	var socks []Sock
	if err := s.db.Select(&socks, query, args...); err != nil {
		s.logger.Log("database error", err)
		http.Error(w, "database connection error", http.StatusInternalServerError)
		return
	}
	for i := range socks {
		socks[i].ImageURL = []string{socks[i].ImageURL1, socks[i].ImageURL2}
		socks[i].Tags = strings.Split(socks[i].TagString, ",")
	}
	json.NewEncoder(w).Encode(socks)
}

func (s *catalogueService) count(w http.ResponseWriter, r *http.Request) {
	var n int
	if err := s.db.Get(&n, "SELECT COUNT(DISTINCT sock.sock_id) FROM sock"); err != nil {
		http.Error(w, "database connection error", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"size": n})
}

func (s *catalogueService) get(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var sock Sock
	if err := s.db.Get(&sock, baseQuery+" WHERE sock.sock_id = ? GROUP BY sock.sock_id;", id); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	sock.ImageURL = []string{sock.ImageURL1, sock.ImageURL2}
	sock.Tags = strings.Split(sock.TagString, ",")
	json.NewEncoder(w).Encode(sock)
}

func (s *catalogueService) tags(w http.ResponseWriter, r *http.Request) {
	var tags []string
	if err := s.db.Select(&tags, "SELECT name FROM tag;"); err != nil {
		http.Error(w, "database connection error", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string][]string{"tags": tags})
}
