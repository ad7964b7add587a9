package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/urfave/cli/v2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/types/known/durationpb"

	workflowservice "go.timeweave.io/api/workflowservice/v1"
)

// twctl: admin CLI shipped in the admin-tools image. Talks to the frontend's public
// gRPC API at --address / TIMEWEAVE_ADDRESS (legacy TIMEWEAVE_CLI_ADDRESS).
func main() {
	app := &cli.App{
		Name: "twctl",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "address", Value: "127.0.0.1:7233", EnvVars: []string{"TIMEWEAVE_ADDRESS", "TIMEWEAVE_CLI_ADDRESS"}},
			&cli.StringFlag{Name: "namespace", Aliases: []string{"n"}, Value: "default", EnvVars: []string{"TIMEWEAVE_NAMESPACE"}},
		},
		Commands: []*cli.Command{
			{
				Name: "namespace",
				Subcommands: []*cli.Command{
					{Name: "register", Flags: []cli.Flag{&cli.StringFlag{Name: "retention", Value: "72h"}}, Action: registerNamespace},
					{Name: "describe", Action: describeNamespace},
				},
			},
			{Name: "workflow", Subcommands: []*cli.Command{{Name: "list", Action: listWorkflows}}},
		},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func client(c *cli.Context) (workflowservice.WorkflowServiceClient, func()) {
	conn, err := grpc.Dial(c.String("address"), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return workflowservice.NewWorkflowServiceClient(conn), func() { conn.Close() }
}

func registerNamespace(c *cli.Context) error {
	wf, done := client(c)
	defer done()
	ret, err := time.ParseDuration(c.String("retention"))
	if err != nil {
		return err
	}
	_, err = wf.RegisterNamespace(context.Background(), &workflowservice.RegisterNamespaceRequest{
		Namespace: c.String("namespace"), WorkflowExecutionRetentionPeriod: durationpb.New(ret),
	})
	return err
}

func describeNamespace(c *cli.Context) error {
	wf, done := client(c)
	defer done()
	resp, err := wf.DescribeNamespace(context.Background(), &workflowservice.DescribeNamespaceRequest{Namespace: c.String("namespace")})
	if err != nil {
		return err
	}
	fmt.Println(resp.NamespaceInfo.Name, resp.NamespaceInfo.State)
	return nil
}

func listWorkflows(c *cli.Context) error {
	wf, done := client(c)
	defer done()
	resp, err := wf.ListWorkflowExecutions(context.Background(), &workflowservice.ListWorkflowExecutionsRequest{Namespace: c.String("namespace"), PageSize: 20})
	if err != nil {
		return err
	}
	for _, e := range resp.Executions {
		fmt.Println(e.Execution.WorkflowId, e.Status)
	}
	return nil
}
