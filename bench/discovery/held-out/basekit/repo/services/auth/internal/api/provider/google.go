package provider

import (
	"context"
	"strings"

	"github.com/basekit/auth/internal/conf"
	"golang.org/x/oauth2"
)

const (
	IssuerGoogle         = "https://accounts.google.com"
	googleUserInfoURL    = "https://www.googleapis.com/userinfo/v2/me"
	googleTokenEndpoint  = "https://oauth2.googleapis.com/token"
	googleAuthEndpoint   = "https://accounts.google.com/o/oauth2/auth"
)

type googleProvider struct {
	*oauth2.Config
}

type googleUser struct {
	ID            string `json:"id"`
	Subject       string `json:"sub"`
	Issuer        string `json:"iss"`
	Name          string `json:"name"`
	AvatarURL     string `json:"picture"`
	Email         string `json:"email"`
	VerifiedEmail bool   `json:"verified_email"`
	EmailVerified bool   `json:"email_verified"`
	HostedDomain  string `json:"hd"`
}

// NewGoogleProvider creates a Google OAuth2 identity provider.
func NewGoogleProvider(ext conf.OAuthProviderConfiguration, scopes string) (OAuthProvider, error) {
	oauthScopes := []string{"email", "profile"}
	if scopes != "" {
		oauthScopes = append(oauthScopes, strings.Split(scopes, ",")...)
	}

	return &googleProvider{
		Config: &oauth2.Config{
			ClientID:     ext.ClientID[0],
			ClientSecret: ext.Secret,
			Endpoint: oauth2.Endpoint{
				AuthURL:  googleAuthEndpoint,
				TokenURL: googleTokenEndpoint,
			},
			Scopes:      oauthScopes,
			RedirectURL: ext.RedirectURI,
		},
	}, nil
}

func (g googleProvider) GetOAuthToken(code string) (*oauth2.Token, error) {
	return g.Exchange(context.Background(), code)
}

func (g googleProvider) GetUserData(ctx context.Context, tok *oauth2.Token) (*UserProvidedData, error) {
	var u googleUser
	if err := makeRequest(ctx, tok, g.Config, googleUserInfoURL, &u); err != nil {
		return nil, err
	}

	data := &UserProvidedData{}
	if u.Email != "" {
		data.Emails = append(data.Emails, Email{
			Email:    u.Email,
			Verified: u.IsEmailVerified(),
			Primary:  true,
		})
	}
	data.Metadata = &Claims{
		Issuer:        IssuerGoogle,
		Subject:       u.ID,
		Name:          u.Name,
		Picture:       u.AvatarURL,
		Email:         u.Email,
		EmailVerified: u.IsEmailVerified(),
		CustomClaims:  map[string]interface{}{"hd": u.HostedDomain},
	}
	return data, nil
}

func (u googleUser) IsEmailVerified() bool {
	return u.VerifiedEmail || u.EmailVerified
}
