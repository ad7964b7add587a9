// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// anonymizer is a developer CLI that fetches a trace from a running
// spanhound-query over gRPC, hashes service/operation names and tag values,
// and writes it to a JSON file so it can be attached to a bug report.
//
//	go run ./cmd/anonymizer --query-host-port localhost:16685 --trace-id 4a3d1f... --output-dir /tmp
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"log"
	"os"
	"path/filepath"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/spanhound/spanhound/model"
	"github.com/spanhound/spanhound/proto-gen/api_v2"
)

func main() {
	queryHostPort := flag.String("query-host-port", "localhost:16685", "The host:port of the spanhound-query gRPC endpoint")
	traceID := flag.String("trace-id", "", "The trace ID to anonymize")
	outDir := flag.String("output-dir", "/tmp", "Directory for the anonymized trace")
	hashTags := flag.Bool("hash-standard-tags", false, "Whether to hash standard tags")
	flag.Parse()
	if *traceID == "" {
		log.Fatal("--trace-id is required")
	}

	conn, err := grpc.NewClient(*queryHostPort, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatalf("cannot connect to query service: %v", err)
	}
	defer conn.Close()
	client := api_v2.NewQueryServiceClient(conn)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	id, err := model.TraceIDFromString(*traceID)
	if err != nil {
		log.Fatal(err)
	}
	stream, err := client.GetTrace(ctx, &api_v2.GetTraceRequest{TraceID: id})
	if err != nil {
		log.Fatal(err)
	}
	var spans []model.Span
	for {
		chunk, err := stream.Recv()
		if err != nil {
			break
		}
		spans = append(spans, chunk.Spans...)
	}
	for i := range spans {
		spans[i].OperationName = hash(spans[i].OperationName)
		spans[i].Process.ServiceName = hash(spans[i].Process.ServiceName)
		if *hashTags {
			for j := range spans[i].Tags {
				spans[i].Tags[j].VStr = hash(spans[i].Tags[j].VStr)
			}
		}
	}
	out := filepath.Join(*outDir, *traceID+".anonymized.json")
	b, _ := json.MarshalIndent(spans, "", "  ")
	if err := os.WriteFile(out, b, 0o600); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d spans to %s", len(spans), out)
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}
