package main

import (
	"fmt"
	"net/url"
	"os"

	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"keyward.example/keyward/internal/common"
	"keyward.example/keyward/internal/config"
	"keyward.example/keyward/internal/outpost/ak"
	"keyward.example/keyward/internal/outpost/proxyv2"
)

const helpMessage = `keyward proxy outpost

Required environment variables:
- KEYWARD_HOST: URL to connect to (format "http://keyward.company")
- KEYWARD_TOKEN: Token to authenticate with
- KEYWARD_INSECURE: Skip SSL Certificate verification`

var rootCmd = &cobra.Command{
	Use:          "keyward-proxy",
	Short:        "keyward proxy outpost",
	Long:         helpMessage,
	Version:      "2024.8.3",
	SilenceUsage: true,
	RunE: func(cmd *cobra.Command, args []string) error {
		log.SetLevel(log.DebugLevel)
		log.SetFormatter(&log.JSONFormatter{
			FieldMap: log.FieldMap{
				log.FieldKeyMsg:  "event",
				log.FieldKeyTime: "timestamp",
			},
			DisableHTMLEscape: true,
		})
		akURL := config.Get().KeywardHost
		if akURL == "" {
			fmt.Println("env KEYWARD_HOST not set!")
			fmt.Println(helpMessage)
			os.Exit(1)
		}
		akToken := config.Get().KeywardToken
		if akToken == "" {
			fmt.Println("env KEYWARD_TOKEN not set!")
			fmt.Println(helpMessage)
			os.Exit(1)
		}

		akURLActual, err := url.Parse(akURL)
		if err != nil {
			fmt.Println(err)
			fmt.Println(helpMessage)
			os.Exit(1)
		}

		ex := common.Init()
		defer common.Defer()
		go func() {
			for {
				<-ex
				os.Exit(0)
			}
		}()

		ac := ak.NewAPIController(*akURLActual, akToken)
		if ac == nil {
			panic("Failed to start API controller")
		}

		ac.Server = proxyv2.NewProxyServer(ac)

		err = ac.Start()
		if err != nil {
			log.WithError(err).Panic("Failed to run server")
		}

		for {
			<-ex
		}
	},
}

func main() {
	err := rootCmd.Execute()
	if err != nil {
		os.Exit(1)
	}
}
