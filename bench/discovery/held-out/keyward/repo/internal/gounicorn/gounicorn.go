package gounicorn

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	log "github.com/sirupsen/logrus"
	"keyward.example/keyward/internal/config"
)

type GoUnicorn struct {
	Healthcheck func() bool

	log     *log.Entry
	p       *exec.Cmd
	pidFile string
	started bool
	killed  bool
	alive   bool
}

func New(healthcheck func() bool) *GoUnicorn {
	logger := log.WithField("logger", "keyward.router.unicorn")
	g := &GoUnicorn{
		Healthcheck: healthcheck,
		log:         logger,
		started:     false,
		killed:      false,
		alive:       false,
	}
	g.initCmd()
	return g
}

func (g *GoUnicorn) initCmd() {
	pidFile, _ := os.CreateTemp("", "keyward-gunicorn.*.pid")
	g.pidFile = pidFile.Name()
	command := "gunicorn"
	args := []string{"-c", "./lifecycle/gunicorn.conf.py", "keyward.root.asgi:application"}
	if g.pidFile != "" {
		args = append(args, "--pid", g.pidFile)
	}
	if config.Get().Debug {
		command = "./manage.py"
		args = []string{"dev_server"}
	}
	g.log.WithField("args", args).WithField("cmd", command).Debug("Starting gunicorn")
	g.p = exec.Command(command, args...)
	g.p.Env = os.Environ()
	g.p.Stdout = os.Stdout
	g.p.Stderr = os.Stderr
}

func (g *GoUnicorn) IsRunning() bool {
	return g.alive
}

func (g *GoUnicorn) Start() error {
	if g.killed {
		g.log.Debug("Not restarting gunicorn since we're shutdown")
		return nil
	}
	if g.started {
		g.initCmd()
	}
	g.started = true
	go g.healthcheck()
	return g.p.Run()
}

func (g *GoUnicorn) healthcheck() {
	g.log.Debug("starting healthcheck")
	// Default healthcheck is every 1 second on startup
	// once we've been healthy once, increase to 30 seconds
	for range time.NewTicker(time.Second).C {
		if g.Healthcheck() {
			g.alive = true
			g.log.Debug("backend is alive, backing off with healthcheck")
			break
		}
	}
	for range time.NewTicker(30 * time.Second).C {
		g.Healthcheck()
	}
}

func (g *GoUnicorn) Reload() {
	g.log.WithField("method", "reload").Info("reloading gunicorn")
	err := g.p.Process.Signal(syscall.SIGHUP)
	if err != nil {
		g.log.WithError(err).Warning("failed to reload gunicorn")
	}
}

func (g *GoUnicorn) Kill() {
	g.killed = true
	var err error
	if g.pidFile != "" {
		pid, _ := os.ReadFile(g.pidFile)
		p, _ := strconv.Atoi(string(pid))
		err = syscall.Kill(p, syscall.SIGTERM)
	}
	if err != nil {
		g.log.WithError(err).Warning("failed to kill gunicorn")
	}
	_ = os.Remove(filepath.Clean(g.pidFile))
}
