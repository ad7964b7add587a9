package http

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/rand"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/cors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"github.com/ovenworks/slicelab/pkg/database"
	"github.com/ovenworks/slicelab/pkg/errorinjector"
	"github.com/ovenworks/slicelab/pkg/model"
	"github.com/ovenworks/slicelab/pkg/web"
)

type Server struct {
	router *chi.Mux
}

func NewServer() (*Server, error) {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(cors.Handler(cors.Options{AllowedOrigins: []string{"*"}, AllowedHeaders: []string{"*"}}))
	r.Use(func(h http.Handler) http.Handler { return otelhttp.NewHandler(h, "slicelab") })
	r.Get("/ready", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	r.Handle("/metrics", promhttp.Handler())
	return &Server{router: r}, nil
}

func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	srv := &http.Server{Addr: addr, Handler: s.router, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// WithFrontend serves the embedded Svelte build.
func (s *Server) WithFrontend() *Server {
	s.router.Handle("/*", web.Handler())
	return s
}

func (s *Server) WithCatalog(db *database.Catalog) *Server {
	s.router.Route("/api", func(r chi.Router) {
		r.Get("/ingredients/{type}", func(w http.ResponseWriter, r *http.Request) {
			ing, err := db.GetIngredients(r.Context(), chi.URLParam(r, "type"))
			respond(w, ing, err)
		})
		r.Get("/doughs", func(w http.ResponseWriter, r *http.Request) {
			d, err := db.GetDoughs(r.Context())
			respond(w, d, err)
		})
		r.Get("/tools", func(w http.ResponseWriter, r *http.Request) {
			respond(w, []string{"Knife", "Pizza Cutter", "Scissors"}, nil)
		})
		r.Post("/users/token/login", func(w http.ResponseWriter, r *http.Request) {
			var body struct{ Username, Password string }
			_ = json.NewDecoder(r.Body).Decode(&body)
			u, err := db.LoginUser(r.Context(), body.Username)
			respond(w, map[string]string{"token": u.Token}, err)
		})
		r.Post("/ratings", func(w http.ResponseWriter, r *http.Request) {
			var rating model.Rating
			_ = json.NewDecoder(r.Body).Decode(&rating)
			respond(w, rating, db.RecordRating(r.Context(), &rating))
		})
		r.Post("/internal/recommendations", func(w http.ResponseWriter, r *http.Request) {
			if err := errorinjector.InjectErrors(r); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			var p model.Pizza
			_ = json.NewDecoder(r.Body).Decode(&p)
			respond(w, p, db.RecordRecommendation(r.Context(), p))
		})
		r.Get("/internal/recommendations", func(w http.ResponseWriter, r *http.Request) {
			p, err := db.GetRecommendations(r.Context(), 10)
			respond(w, p, err)
		})
	})
	return s
}

func (s *Server) WithCopy(db *database.Copy) *Server {
	s.router.Get("/api/quotes", func(w http.ResponseWriter, r *http.Request) {
		q, err := db.GetQuotes(r.Context())
		respond(w, map[string][]string{"quotes": q}, err)
	})
	s.router.Get("/api/names", func(w http.ResponseWriter, r *http.Request) {
		n, err := db.GetNames(r.Context())
		respond(w, n, err)
	})
	s.router.Get("/api/adjectives", func(w http.ResponseWriter, r *http.Request) {
		a, err := db.GetAdjectives(r.Context())
		respond(w, a, err)
	})
	return s
}

func (s *Server) WithRecommendations(catalog *CatalogClient, copy *CopyClient) *Server {
	s.router.Post("/api/pizza", func(w http.ResponseWriter, r *http.Request) {
		var restrictions model.Restrictions
		_ = json.NewDecoder(r.Body).Decode(&restrictions)
		ctx := r.Context()

		toppings, err := catalog.Ingredients(ctx, "topping")
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		doughs, err := catalog.Doughs(ctx)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		adjectives, _ := copy.Adjectives(ctx)
		names, _ := copy.Names(ctx)

		pizza := model.Pizza{
			Name:        pick(adjectives) + " " + pick(names),
			Dough:       doughs[rand.Intn(len(doughs))],
			Ingredients: toppings[:min(len(toppings), max(restrictions.MinNumberOfToppings, 1))],
			Tool:        "Pizza Cutter",
		}
		if err := catalog.RecordRecommendation(ctx, pizza, r.Header); err != nil {
			slog.Warn("recording recommendation", "err", err)
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		respond(w, map[string]any{"pizza": pizza}, nil)
	})
	return s
}

func pick(xs []string) string {
	if len(xs) == 0 {
		return "Pizza"
	}
	return xs[rand.Intn(len(xs))]
}

func respond(w http.ResponseWriter, v any, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
