package scanner

import (
	"context"
	"fmt"

	"github.com/berthdock/berthdock/src/common"
	"github.com/berthdock/berthdock/src/lib/config"
	"github.com/berthdock/berthdock/src/lib/log"
	v1 "github.com/berthdock/berthdock/src/pkg/scan/rest/v1"
	"github.com/berthdock/berthdock/src/pkg/scan/dao/scanner"
)

// EnsureScanners registers the scanners bundled with the installation (Trivy when deployed
// with --with-trivy) and removes registrations of bundled scanners that are no longer deployed
// (Clair was removed in 2.2). It is called once during core start up.
func EnsureScanners(ctx context.Context) error {
	var wantedScanners []scanner.Registration
	if config.WithTrivy() {
		wantedScanners = append(wantedScanners, scanner.Registration{
			Name:            common.DefaultScannerName,
			Description:     "The Trivy scanner adapter",
			URL:             config.TrivyAdapterURL(),
			UseInternalAddr: true,
			Immutable:       true,
		})
	}

	registered, err := DefaultController.ListRegistrations(ctx)
	if err != nil {
		return err
	}
	existing := map[string]*scanner.Registration{}
	for _, r := range registered {
		existing[r.URL] = r
	}

	for _, want := range wantedScanners {
		if _, ok := existing[want.URL]; ok {
			log.Infof("scanner %s at %s already registered", want.Name, want.URL)
			continue
		}
		// ping the adapter before saving so a misconfigured URL fails fast
		client, err := v1.NewClient(want.URL, "", "", false)
		if err != nil {
			return err
		}
		md, err := client.GetMetadata()
		if err != nil {
			return fmt.Errorf("get metadata of scanner %s: %w", want.URL, err)
		}
		log.Infof("registering scanner %s %s at %s", md.Scanner.Name, md.Scanner.Version, want.URL)
		if _, err := DefaultController.CreateRegistration(ctx, &want); err != nil {
			return err
		}
	}

	if config.WithTrivy() {
		return DefaultController.SetDefaultRegistrationByName(ctx, common.DefaultScannerName)
	}
	return nil
}

// RemoveImmutableScanners removes bundled scanner registrations whose URL is in the list
func RemoveImmutableScanners(ctx context.Context, urls []string) error {
	for _, u := range urls {
		if err := DefaultController.DeleteRegistrationByURL(ctx, u); err != nil {
			return err
		}
	}
	return nil
}
