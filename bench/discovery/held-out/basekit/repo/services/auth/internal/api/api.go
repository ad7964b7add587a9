package api

import (
	"encoding/json"
	"net/http"

	"github.com/basekit/auth/internal/api/provider"
	"github.com/basekit/auth/internal/conf"
	"github.com/basekit/auth/internal/mailer"
	"github.com/basekit/auth/internal/storage"
	"github.com/go-chi/chi/v5"
)

// API is the main REST API
type API struct {
	handler http.Handler
	db      *storage.Connection
	config  *conf.GlobalConfiguration
	mailer  *mailer.Mailer
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.handler.ServeHTTP(w, r) }

func NewAPI(config *conf.GlobalConfiguration, db *storage.Connection) *API {
	api := &API{config: config, db: db, mailer: mailer.New(config)}

	r := chi.NewRouter()
	r.Get("/health", api.HealthCheck)
	r.Get("/settings", api.Settings)
	r.Get("/authorize", api.ExternalProviderRedirect)
	r.Get("/callback", api.ExternalProviderCallback)
	r.Post("/callback", api.ExternalProviderCallback)
	r.Post("/signup", api.Signup)
	r.Post("/recover", api.Recover)
	r.Post("/token", api.Token)
	r.Get("/verify", api.Verify)
	r.Route("/admin", func(r chi.Router) {
		r.Use(api.requireAdminCredentials)
		r.Get("/users", api.adminUsers)
		r.Post("/invite", api.Invite)
	})
	api.handler = r
	return api
}

func (a *API) Provider(name, scopes string) (provider.OAuthProvider, error) {
	switch name {
	case "github":
		return provider.NewGithubProvider(a.config.External.Github, scopes)
	case "google":
		return provider.NewGoogleProvider(a.config.External.Google, scopes)
	default:
		return nil, badRequestError("Unsupported provider: %+v", name)
	}
}

func (a *API) HealthCheck(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(map[string]string{
		"version":     "v2.174.0",
		"name":        "BaseKit Auth",
		"description": "BaseKit Auth is a user registration and authentication API",
	})
}

func (a *API) Settings(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(map[string]interface{}{
		"external": map[string]bool{
			"github": a.config.External.Github.Enabled,
			"google": a.config.External.Google.Enabled,
			"email":  a.config.External.Email.Enabled,
			"phone":  a.config.External.Phone.Enabled,
		},
		"disable_signup":     a.config.DisableSignup,
		"mailer_autoconfirm": a.config.Mailer.Autoconfirm,
	})
}
