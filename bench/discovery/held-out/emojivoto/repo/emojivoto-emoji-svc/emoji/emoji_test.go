package emoji

import "testing"

func TestWithShortcode(t *testing.T) {
	all := NewAllEmoji()
	if e := all.WithShortcode(":joy:"); e == nil || e.Unicode != "\U0001f602" {
		t.Fatalf("expected :joy:, got %v", e)
	}
	if e := all.WithShortcode(":not_an_emoji:"); e != nil {
		t.Fatalf("expected nil, got %v", e)
	}
}

func TestListHasNoDuplicates(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range NewAllEmoji().List() {
		if seen[e.Shortcode] {
			t.Fatalf("duplicate shortcode %s", e.Shortcode)
		}
		seen[e.Shortcode] = true
	}
}
