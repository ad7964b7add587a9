// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// tracegen is a load generator used during development and benchmarking.
// It emits synthetic traces with the OpenTelemetry SDK using the standard
// OTLP exporter env vars (defaults to http://localhost:4318).
//
//	go run ./cmd/tracegen -workers 4 -traces 10000
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

func main() {
	workers := flag.Int("workers", 1, "Number of workers (goroutines) to run")
	traces := flag.Int("traces", 1, "Number of traces to generate in each worker")
	childSpans := flag.Int("spans", 3, "Number of child spans per trace")
	services := flag.Int("services", 1, "Number of distinct service names")
	endpoint := flag.String("endpoint", "localhost:4318", "OTLP/HTTP endpoint of spanhound-collector")
	flag.Parse()

	ctx := context.Background()
	var wg sync.WaitGroup
	for s := 0; s < *services; s++ {
		exp, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpoint(*endpoint), otlptracehttp.WithInsecure())
		if err != nil {
			log.Fatal(err)
		}
		tp := sdktrace.NewTracerProvider(
			sdktrace.WithBatcher(exp),
			sdktrace.WithResource(resource.NewSchemaless(semconv.ServiceName(fmt.Sprintf("tracegen-%02d", s)))),
		)
		defer tp.Shutdown(ctx)
		tracer := tp.Tracer("tracegen")
		for w := 0; w < *workers; w++ {
			wg.Add(1)
			go func(worker int) {
				defer wg.Done()
				for i := 0; i < *traces; i++ {
					c, parent := tracer.Start(ctx, "lets-go")
					parent.SetAttributes(attribute.Int("worker", worker), attribute.Int("iteration", i))
					for j := 0; j < *childSpans; j++ {
						_, child := tracer.Start(c, fmt.Sprintf("child-%d", j))
						time.Sleep(time.Millisecond)
						child.End()
					}
					parent.End()
				}
			}(w)
		}
	}
	wg.Wait()
	log.Printf("generated %d traces", *workers**traces**services)
}
