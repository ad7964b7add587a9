package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/nodeloom-io/task-runner-launcher/internal/broker"
	"github.com/sethvargo/go-envconfig"
)

const configPath = "/etc/nodeloom-task-runners.json"

// LauncherConfig is read from the environment of the sidecar container.
type LauncherConfig struct {
	// TaskBrokerURI is the URI of the task broker inside the nodeloom worker (or main).
	TaskBrokerURI string `env:"NODELOOM_RUNNERS_TASK_BROKER_URI, default=http://127.0.0.1:5679"`
	// AuthToken is the shared secret used to obtain grant tokens from the broker.
	AuthToken string `env:"NODELOOM_RUNNERS_AUTH_TOKEN, required"`
	// AutoShutdownTimeout is how long (seconds) a runner may stay idle before exiting.
	AutoShutdownTimeout string `env:"NODELOOM_RUNNERS_AUTO_SHUTDOWN_TIMEOUT, default=15"`
	// HealthCheckServerPort is the port of the launcher's own /healthz endpoint (k8s probe).
	HealthCheckServerPort string `env:"NODELOOM_RUNNERS_LAUNCHER_HEALTH_CHECK_PORT, default=5680"`
	// SentryDsn for launcher crash reports (optional).
	SentryDsn string `env:"SENTRY_DSN"`
}

type runnerConfig struct {
	RunnerType            string            `json:"runner-type"`
	Workdir               string            `json:"workdir"`
	Command               string            `json:"command"`
	Args                  []string          `json:"args"`
	HealthCheckServerPort string            `json:"health-check-server-port"`
	AllowedEnv            []string          `json:"allowed-env"`
	EnvOverrides          map[string]string `json:"env-overrides"`
}

func main() {
	if len(os.Args) < 2 {
		log.Fatal("Missing runner type(s) argument, e.g. `task-runner-launcher javascript python`")
	}

	ctx := context.Background()
	var cfg LauncherConfig
	if err := envconfig.Process(ctx, &cfg); err != nil {
		log.Fatalf("Failed to load config: %v", err)
	}

	runners, err := loadRunnerConfigs(configPath)
	if err != nil {
		log.Fatalf("Failed to load runner config: %v", err)
	}

	go startHealthCheckServer(cfg.HealthCheckServerPort)

	for _, runnerType := range os.Args[1:] {
		rc, ok := runners[runnerType]
		if !ok {
			log.Fatalf("Unknown runner type %q", runnerType)
		}
		go runLoop(ctx, cfg, rc)
	}
	select {}
}

func runLoop(ctx context.Context, cfg LauncherConfig, rc runnerConfig) {
	client := broker.NewClient(cfg.TaskBrokerURI, cfg.AuthToken)
	for {
		// 1. Connect as a "launcher" runner and wait until the broker has a task for this type.
		if err := client.WaitForTaskNeed(ctx, rc.RunnerType); err != nil {
			log.Printf("[%s] waiting for task need failed: %v", rc.RunnerType, err)
			time.Sleep(5 * time.Second)
			continue
		}

		// 2. Fetch a fresh grant token for the real runner process.
		grantToken, err := client.FetchGrantToken(ctx)
		if err != nil {
			log.Printf("[%s] failed to fetch grant token: %v", rc.RunnerType, err)
			time.Sleep(5 * time.Second)
			continue
		}

		// 3. Spawn the runner with a restricted env; it connects to the broker itself.
		cmd := exec.CommandContext(ctx, rc.Command, rc.Args...)
		cmd.Dir = rc.Workdir
		cmd.Env = runnerEnv(rc, cfg, grantToken)
		cmd.Stdout = os.Stdout
		cmd.Stderr = os.Stderr

		if err := cmd.Start(); err != nil {
			log.Printf("[%s] failed to start runner: %v", rc.RunnerType, err)
			continue
		}
		go monitorRunnerHealth(ctx, rc, cmd)
		_ = cmd.Wait()
		log.Printf("[%s] runner exited, back to waiting", rc.RunnerType)
	}
}

func runnerEnv(rc runnerConfig, cfg LauncherConfig, grantToken string) []string {
	env := []string{
		"NODELOOM_RUNNERS_GRANT_TOKEN=" + grantToken,
		"NODELOOM_RUNNERS_TASK_BROKER_URI=" + cfg.TaskBrokerURI,
		"NODELOOM_RUNNERS_HEALTH_CHECK_SERVER_PORT=" + rc.HealthCheckServerPort,
		"NODELOOM_RUNNERS_AUTO_SHUTDOWN_TIMEOUT=" + cfg.AutoShutdownTimeout,
	}
	for _, name := range rc.AllowedEnv {
		if v, ok := os.LookupEnv(name); ok {
			env = append(env, name+"="+v)
		}
	}
	for k, v := range rc.EnvOverrides {
		env = append(env, k+"="+v)
	}
	return env
}

// monitorRunnerHealth polls the runner's local health check server and kills it when unresponsive.
func monitorRunnerHealth(ctx context.Context, rc runnerConfig, cmd *exec.Cmd) {
	url := fmt.Sprintf("http://127.0.0.1:%s/healthz", rc.HealthCheckServerPort)
	failures := 0
	ticker := time.NewTicker(10 * time.Second)
	defer ticker.Stop()
	for range ticker.C {
		resp, err := http.Get(url)
		if err != nil || resp.StatusCode != http.StatusOK {
			failures++
		} else {
			failures = 0
			resp.Body.Close()
		}
		if failures >= 6 && cmd.Process != nil {
			log.Printf("[%s] runner unhealthy, killing", rc.RunnerType)
			_ = cmd.Process.Kill()
			return
		}
	}
}

func startHealthCheckServer(port string) {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"status":"ok"}`))
	})
	log.Printf("Starting launcher's health check server at port %s", port)
	if err := http.ListenAndServe(":"+port, mux); err != nil {
		log.Printf("health check server failed: %v", err)
	}
}

func loadRunnerConfigs(path string) (map[string]runnerConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var file struct {
		TaskRunners []runnerConfig `json:"task-runners"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		return nil, err
	}
	out := map[string]runnerConfig{}
	for _, rc := range file.TaskRunners {
		out[rc.RunnerType] = rc
	}
	return out, nil
}
