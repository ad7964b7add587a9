package main

import (
	"net/http"

	"github.com/birchline/pulsebook/internal/common/auth"
	"github.com/birchline/pulsebook/internal/common/server/httperr"
	"github.com/go-chi/render"
	"github.com/sirupsen/logrus"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type HttpServer struct {
	db db
}

func (h HttpServer) GetCurrentUser(w http.ResponseWriter, r *http.Request) {
	authUser, err := auth.UserFromCtx(r.Context())
	if err != nil {
		httperr.RespondWithSlugError(err, w, r)
		return
	}

	if err := h.db.UpdateLastIP(r.Context(), authUser.UUID, r.RemoteAddr); err != nil {
		logrus.WithError(err).Warn("cannot update last IP")
	}

	user, err := h.db.GetUser(r.Context(), authUser.UUID)
	if status.Code(err) == codes.NotFound {
		// first sign-in: new attendees get a starting balance
		user = UserModel{Balance: 2, Role: authUser.Role}
	} else if err != nil {
		httperr.InternalError("cannot-get-user", err, w, r)
		return
	}

	userResponse := User{
		DisplayName: authUser.DisplayName,
		Balance:     int(user.Balance),
		Role:        authUser.Role,
	}

	render.Respond(w, r, userResponse)
}
