package commands

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"sigs.k8s.io/yaml"

	"github.com/kilnworks/flowforge/v3/cmd/flowforge/commands/client"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

func NewSubmitCommand() *cobra.Command {
	var namespace string
	command := &cobra.Command{
		Use:   "submit FILE",
		Short: "submit a workflow",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			wf := &wfv1.Workflow{}
			if err := yaml.Unmarshal(b, wf); err != nil {
				return err
			}
			c := client.NewAPIClient()
			created, err := c.CreateWorkflow(cmd.Context(), namespace, wf)
			if err != nil {
				return err
			}
			fmt.Printf("Name: %s\nNamespace: %s\n", created.Name, created.Namespace)
			return nil
		},
	}
	command.Flags().StringVarP(&namespace, "namespace", "n", "flowforge", "namespace")
	return command
}

func NewListCommand() *cobra.Command {
	var namespace string
	command := &cobra.Command{
		Use:   "list",
		Short: "list workflows",
		RunE: func(cmd *cobra.Command, args []string) error {
			list, err := client.NewAPIClient().ListWorkflows(cmd.Context(), namespace)
			if err != nil {
				return err
			}
			for _, wf := range list.Items {
				fmt.Printf("%s\t%s\n", wf.Name, wf.Status.Phase)
			}
			return nil
		},
	}
	command.Flags().StringVarP(&namespace, "namespace", "n", "flowforge", "namespace")
	return command
}
