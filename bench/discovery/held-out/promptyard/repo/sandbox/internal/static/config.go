package static

import (
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

type SandboxGlobalConfigurations struct {
	App struct {
		Port  int    `yaml:"port"`
		Debug bool   `yaml:"debug"`
		Key   string `yaml:"key"`
	} `yaml:"app"`
	MaxWorkers     int      `yaml:"max_workers"`
	MaxRequests    int      `yaml:"max_requests"`
	WorkerTimeout  int      `yaml:"worker_timeout"`
	PythonPath     string   `yaml:"python_path"`
	EnableNetwork  bool     `yaml:"enable_network"`
	AllowedSyscalls []int   `yaml:"allowed_syscalls"`
	Proxy struct {
		Socks5 string `yaml:"socks5"`
		Https  string `yaml:"https"`
		Http   string `yaml:"http"`
	} `yaml:"proxy"`
}

var sandboxGlobalConfigurations SandboxGlobalConfigurations

func InitConfig(path string) error {
	sandboxGlobalConfigurations = SandboxGlobalConfigurations{}

	// read config file
	configFile, err := os.Open(path)
	if err != nil {
		return err
	}
	defer configFile.Close()

	// parse config file
	decoder := yaml.NewDecoder(configFile)
	if err := decoder.Decode(&sandboxGlobalConfigurations); err != nil {
		return err
	}

	if debug, err := strconv.ParseBool(os.Getenv("DEBUG")); err == nil {
		sandboxGlobalConfigurations.App.Debug = debug
	}

	if port := os.Getenv("SANDBOX_PORT"); port != "" {
		sandboxGlobalConfigurations.App.Port, _ = strconv.Atoi(port)
	}

	if key := os.Getenv("API_KEY"); key != "" {
		sandboxGlobalConfigurations.App.Key = key
	}

	if timeout := os.Getenv("WORKER_TIMEOUT"); timeout != "" {
		sandboxGlobalConfigurations.WorkerTimeout, _ = strconv.Atoi(timeout)
	}

	if enableNetwork := os.Getenv("ENABLE_NETWORK"); enableNetwork != "" {
		sandboxGlobalConfigurations.EnableNetwork, _ = strconv.ParseBool(enableNetwork)
	}

	// user code that opens sockets is forced through the ssrf proxy
	if socks5 := os.Getenv("SOCKS5_PROXY"); socks5 != "" {
		sandboxGlobalConfigurations.Proxy.Socks5 = socks5
	}
	if https := os.Getenv("HTTPS_PROXY"); https != "" {
		sandboxGlobalConfigurations.Proxy.Https = https
	}
	if http := os.Getenv("HTTP_PROXY"); http != "" {
		sandboxGlobalConfigurations.Proxy.Http = http
	}

	if sandboxGlobalConfigurations.EnableNetwork {
		if strings.TrimSpace(sandboxGlobalConfigurations.Proxy.Http) != "" {
			os.Setenv("HTTP_PROXY", sandboxGlobalConfigurations.Proxy.Http)
			os.Setenv("http_proxy", sandboxGlobalConfigurations.Proxy.Http)
		}
		if strings.TrimSpace(sandboxGlobalConfigurations.Proxy.Https) != "" {
			os.Setenv("HTTPS_PROXY", sandboxGlobalConfigurations.Proxy.Https)
			os.Setenv("https_proxy", sandboxGlobalConfigurations.Proxy.Https)
		}
	}

	return nil
}

func GetSandboxGlobalConfigurations() SandboxGlobalConfigurations {
	return sandboxGlobalConfigurations
}

func SetupRunnerDependencies() error {
	// python requirements are mounted at /dependencies/python-requirements.txt
	_, err := os.Stat("/dependencies/python-requirements.txt")
	if os.IsNotExist(err) {
		return nil
	}
	return err
}
