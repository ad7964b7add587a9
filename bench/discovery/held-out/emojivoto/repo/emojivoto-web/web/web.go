package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"strings"

	pb "github.com/plumeria-labs/emojivoto/gen/proto"
	"go.opencensus.io/plugin/ochttp"
)

type Config struct {
	Port             string
	IndexBundle      string
	WebpackDevServer string
}

type WebApp struct {
	emojiServiceClient  pb.EmojiServiceClient
	votingServiceClient pb.VotingServiceClient
	indexBundle         string
	webpackDevServer    string
}

func (app *WebApp) listEmojiHandler(w http.ResponseWriter, r *http.Request) {
	serviceResponse, err := app.emojiServiceClient.ListAll(r.Context(), &pb.ListAllEmojiRequest{})
	if err != nil {
		writeError(err, w, r, http.StatusInternalServerError)
		return
	}

	list := make([]map[string]string, 0)
	for _, e := range serviceResponse.List {
		list = append(list, map[string]string{
			"shortcode": e.Shortcode,
			"unicode":   e.Unicode,
		})
	}

	writeJsonBody(w, http.StatusOK, list)
}

func (app *WebApp) leaderboardHandler(w http.ResponseWriter, r *http.Request) {
	results, err := app.votingServiceClient.Results(r.Context(), &pb.ResultsRequest{})
	if err != nil {
		writeError(err, w, r, http.StatusInternalServerError)
		return
	}

	representations := make([]map[string]string, 0)
	for _, result := range results.Results {
		findByShortcodeResponse, err := app.emojiServiceClient.FindByShortcode(r.Context(), &pb.FindByShortcodeRequest{
			Shortcode: result.Shortcode,
		})
		if err != nil {
			writeError(err, w, r, http.StatusInternalServerError)
			return
		}

		emoji := findByShortcodeResponse.Emoji
		representations = append(representations, map[string]string{
			"shortcode": emoji.Shortcode,
			"unicode":   emoji.Unicode,
			"votes":     fmt.Sprintf("%d", result.Votes),
		})
	}

	writeJsonBody(w, http.StatusOK, representations)
}

func (app *WebApp) voteEmojiHandler(w http.ResponseWriter, r *http.Request) {
	emojiShortcode := r.FormValue("choice")
	if emojiShortcode == "" {
		error := fmt.Errorf("emoji choice [%s] is mandatory", emojiShortcode)
		writeError(error, w, r, http.StatusBadRequest)
		return
	}

	request := &pb.FindByShortcodeRequest{Shortcode: emojiShortcode}
	response, err := app.emojiServiceClient.FindByShortcode(r.Context(), request)
	if err != nil {
		writeError(err, w, r, http.StatusInternalServerError)
		return
	}

	if response.Emoji == nil {
		error := fmt.Errorf("choosen emoji shortcode [%s] doesnt exist", emojiShortcode)
		writeError(error, w, r, http.StatusBadRequest)
		return
	}

	if _, err := app.vote(r.Context(), emojiShortcode); err != nil {
		writeError(err, w, r, http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// vote routes the legacy named rpcs for the emoji the workshop relies on
// (doughnut is the one that fails) and the generic Vote for the rest.
func (app *WebApp) vote(ctx context.Context, shortcode string) (*pb.VoteResponse, error) {
	switch shortcode {
	case ":doughnut:":
		return app.votingServiceClient.VoteDoughnut(ctx, &pb.VoteRequest{})
	case ":poop:":
		return app.votingServiceClient.VotePoop(ctx, &pb.VoteRequest{})
	case ":joy:":
		return app.votingServiceClient.VoteJoy(ctx, &pb.VoteRequest{})
	default:
		return app.votingServiceClient.Vote(ctx, &pb.ShortcodeVoteRequest{Shortcode: shortcode})
	}
}

func (app *WebApp) indexHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	js := app.indexBundle
	if app.webpackDevServer != "" {
		// local development: the bundle is served by webpack-dev-server
		// and loaded by the browser, never fetched by this process.
		js = strings.TrimSuffix(app.webpackDevServer, "/") + "/dist/index_bundle.js"
	} else {
		js = "/js"
	}
	indexTemplate.Execute(w, map[string]string{"Bundle": js})
}

func (app *WebApp) jsHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/javascript")
	http.ServeFile(w, r, app.indexBundle)
}

func (app *WebApp) faviconHandler(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "./web/favicon.ico")
}

var indexTemplate = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html>
  <head>
    <meta charset="UTF-8">
    <title>Emoji Vote</title>
    <link rel="icon" href="/img/favicon.ico">
  </head>
  <body>
    <div id="main" class="main"></div>
  </body>
  <script type="text/javascript" src="{{.Bundle}}" async></script>
</html>`))

func writeJsonBody(w http.ResponseWriter, status int, body interface{}) {
	bytes, err := json.Marshal(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(bytes)
}

func writeError(err error, w http.ResponseWriter, r *http.Request, status int) {
	log.Printf("Error serving request [%v]: %v", r, err)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

func handle(path string, h func(w http.ResponseWriter, r *http.Request)) {
	http.Handle(path, &ochttp.Handler{Handler: http.HandlerFunc(h)})
}

func StartServer(cfg Config, emojiServiceClient pb.EmojiServiceClient, votingClient pb.VotingServiceClient) {
	webApp := &WebApp{
		emojiServiceClient:  emojiServiceClient,
		votingServiceClient: votingClient,
		indexBundle:         cfg.IndexBundle,
		webpackDevServer:    cfg.WebpackDevServer,
	}

	log.Printf("Starting web server on WEB_PORT=[%s]", cfg.Port)
	handle("/", webApp.indexHandler)
	handle("/leaderboard", webApp.indexHandler)
	handle("/js", webApp.jsHandler)
	handle("/img/favicon.ico", webApp.faviconHandler)
	handle("/api/list", webApp.listEmojiHandler)
	handle("/api/vote", webApp.voteEmojiHandler)
	handle("/api/leaderboard", webApp.leaderboardHandler)

	// TODO: make static assets dir configurable
	http.Handle("/dist/", http.StripPrefix("/dist/", http.FileServer(http.Dir("dist"))))

	err := http.ListenAndServe(fmt.Sprintf(":%s", cfg.Port), nil)
	if err != nil {
		panic(err)
	}
}
