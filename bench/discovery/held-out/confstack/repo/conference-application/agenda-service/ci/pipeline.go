// Dagger pipeline used in chapter 3 to build, test and publish the agenda-service image.
package main

import (
	"context"
	"fmt"
	"os"

	"dagger.io/dagger"
)

func main() {
	ctx := context.Background()
	client, err := dagger.Connect(ctx, dagger.WithLogOutput(os.Stdout))
	if err != nil {
		panic(err)
	}
	defer client.Close()

	src := client.Host().Directory(".")
	redis := client.Container().From("redis:7.0.11").WithExposedPort(6379).AsService()

	golang := client.Container().From("golang:1.20").
		WithServiceBinding("redis", redis).
		WithEnvVariable("REDIS_HOST", "redis").
		WithDirectory("/src", src).WithWorkdir("/src").
		WithExec([]string{"go", "test", "./..."})

	out, err := golang.Stdout(ctx)
	if err != nil {
		panic(err)
	}
	fmt.Println(out)

	ref, err := client.Container().From("cgr.dev/chainguard/static").
		WithFile("/agenda-service", golang.WithExec([]string{"go", "build", "-o", "/out/agenda-service", "."}).File("/out/agenda-service")).
		WithEntrypoint([]string{"/agenda-service"}).
		Publish(ctx, "docker.io/confstack/agenda-service:dagger")
	if err != nil {
		panic(err)
	}
	fmt.Println("Published", ref)
}
