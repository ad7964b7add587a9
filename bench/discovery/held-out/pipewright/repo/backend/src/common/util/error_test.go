package util

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"google.golang.org/grpc/codes"
)

func TestNewInvalidInputError(t *testing.T) {
	err := NewInvalidInputError("bad %s", "thing")
	assert.Equal(t, codes.InvalidArgument, err.GRPCStatus().Code())
	assert.Equal(t, "bad thing", err.Error())
}

func TestWrapNil(t *testing.T) {
	assert.Nil(t, Wrap(nil, "msg"))
	assert.NotNil(t, Wrap(errors.New("x"), "msg"))
}
