package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// VoteBot votes for emoji! :ballot_box_with_check:
//
// Sleeps for a random interval between 0 and VOTE_BOT_MAX_SLEEP_MS (default
// 1000) between votes. Votes for :doughnut: 15% of the time, a random emoji
// otherwise.

var client = &http.Client{Timeout: 5 * time.Second}

type emoji struct {
	Shortcode string `json:"shortcode"`
	Unicode   string `json:"unicode"`
}

func main() {
	rand.Seed(time.Now().UnixNano())

	webHost := os.Getenv("WEB_HOST")
	if webHost == "" {
		log.Fatalf("WEB_HOST environment variable must me set")
	}

	hostOverride := os.Getenv("HOST_OVERRIDE")

	// setting the TTL is optional, thus invalid numbers are simply ignored
	timeToLive, _ := strconv.Atoi(os.Getenv("TTL"))
	var deadline time.Time
	if timeToLive != 0 {
		deadline = time.Now().Add(time.Second * time.Duration(timeToLive))
	}

	maxSleep := 1000
	if s, err := strconv.Atoi(os.Getenv("VOTE_BOT_MAX_SLEEP_MS")); err == nil && s > 0 {
		maxSleep = s
	}

	webURL := "http://" + webHost
	if strings.HasPrefix(webHost, "http://") || strings.HasPrefix(webHost, "https://") {
		webURL = webHost
	}

	for {
		if !deadline.IsZero() && time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Duration(rand.Intn(maxSleep)) * time.Millisecond)

		// Get the list of available shortcodes
		shortcodes, err := shortcodes(webURL, hostOverride)
		if err != nil {
			log.Println(err.Error())
			continue
		}

		// Cast a vote
		probability := rand.Float32()
		var shortcode string
		if probability < 0.15 {
			shortcode = ":doughnut:"
		} else {
			shortcode = shortcodes[rand.Intn(len(shortcodes))]
		}
		fmt.Printf("Voting for %s\n", shortcode)

		vote(webURL, hostOverride, shortcode)
	}
}

func shortcodes(webURL string, hostOverride string) ([]string, error) {
	url := fmt.Sprintf("%s/api/list", webURL)
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if hostOverride != "" {
		req.Host = hostOverride
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()

	var emojis []*emoji
	if err := json.NewDecoder(resp.Body).Decode(&emojis); err != nil {
		return nil, err
	}

	shortcodes := make([]string, len(emojis))
	for i, e := range emojis {
		shortcodes[i] = e.Shortcode
	}
	if len(shortcodes) == 0 {
		return nil, fmt.Errorf("no emoji returned by %s", url)
	}
	return shortcodes, nil
}

func vote(webURL string, hostOverride string, shortcode string) {
	voteURL := fmt.Sprintf("%s/api/vote?choice=%s", webURL, url.QueryEscape(shortcode))
	req, _ := http.NewRequest(http.MethodGet, voteURL, nil)
	if hostOverride != "" {
		req.Host = hostOverride
	}
	resp, err := client.Do(req)
	if err != nil {
		log.Println(err.Error())
		return
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		log.Printf("vote for %s failed: %s", shortcode, resp.Status)
	}
}
