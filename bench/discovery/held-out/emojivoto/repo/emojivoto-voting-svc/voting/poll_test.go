package voting

import "testing"

func TestResultsAreSortedByVotes(t *testing.T) {
	p := NewPoll()
	_ = p.Vote(":poop:")
	_ = p.Vote(":joy:")
	_ = p.Vote(":joy:")

	results, err := p.Results()
	if err != nil {
		t.Fatal(err)
	}
	if results[0].Shortcode != ":joy:" || results[0].NumVotes != 2 {
		t.Fatalf("unexpected leader %+v", results[0])
	}
}

func TestEmptyVoteRejected(t *testing.T) {
	if err := NewPoll().Vote(""); err == nil {
		t.Fatal("expected error")
	}
}
