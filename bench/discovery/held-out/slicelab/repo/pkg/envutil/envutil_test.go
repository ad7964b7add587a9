package envutil

import "testing"

func TestEnabled(t *testing.T) {
	t.Setenv("SLICELAB_ENABLE_ALL_SERVICES", "false")
	t.Setenv("SLICELAB_ENABLE_COPY_SERVICE", "true")
	if !Enabled("SLICELAB_ENABLE_COPY_SERVICE") {
		t.Fatal("copy should be enabled")
	}
	if Enabled("SLICELAB_ENABLE_WS_SERVICE") {
		t.Fatal("ws should be disabled")
	}
}
