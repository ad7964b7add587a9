// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package exporter

import (
	"net/http"
	"net/url"
	"strconv"
)

// QuaymasterCli is the client of quaymaster core used by the collectors
var QuaymasterCli QuaymasterClient

// QuaymasterClientOpt is the option of quaymaster client
type QuaymasterClientOpt struct {
	QuaymasterScheme string
	QuaymasterHost   string
	QuaymasterPort   int
	Client           *http.Client
}

// QuaymasterClient contains all quaymaster info
type QuaymasterClient struct {
	QuaymasterScheme string
	QuaymasterHost   string
	QuaymasterPort   int
	*http.Client
}

// InitQuaymasterClient initialize the quaymaster client (http://core:8080 in compose)
func InitQuaymasterClient(opt *QuaymasterClientOpt) {
	if opt.Client == nil {
		opt.Client = http.DefaultClient
	}
	QuaymasterCli = QuaymasterClient{
		QuaymasterScheme: opt.QuaymasterScheme,
		QuaymasterHost:   opt.QuaymasterHost,
		QuaymasterPort:   opt.QuaymasterPort,
		Client:       opt.Client,
	}
}

// Get sends a GET to core's API
func (hc QuaymasterClient) Get(p string) (*http.Response, error) {
	res, err := hc.Client.Get(hc.coreURL(p).String())
	if err != nil {
		return nil, err
	}
	return res, nil
}

func (hc QuaymasterClient) coreURL(p string) url.URL {
	return url.URL{
		Scheme: hc.QuaymasterScheme,
		Host:   hc.QuaymasterHost + ":" + strconv.Itoa(hc.QuaymasterPort),
		Path:   p,
	}
}

