package util

import (
	"fmt"

	"github.com/pkg/errors"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type UserError struct {
	internalError error
	externalMessage string
	externalStatusCode codes.Code
}

func (e *UserError) Error() string { return e.internalError.Error() }

func (e *UserError) GRPCStatus() *status.Status {
	return status.New(e.externalStatusCode, e.externalMessage)
}

func NewInvalidInputError(messageFormat string, a ...interface{}) *UserError {
	msg := fmt.Sprintf(messageFormat, a...)
	return &UserError{internalError: errors.New(msg), externalMessage: msg, externalStatusCode: codes.InvalidArgument}
}

func NewResourceNotFoundError(resourceType string, resourceName string) *UserError {
	msg := fmt.Sprintf("%s %s not found", resourceType, resourceName)
	return &UserError{internalError: errors.New(msg), externalMessage: msg, externalStatusCode: codes.NotFound}
}

func Wrap(err error, message string) error {
	if err == nil {
		return nil
	}
	return errors.Wrap(err, message)
}

func Wrapf(err error, format string, args ...interface{}) error {
	if err == nil {
		return nil
	}
	return errors.Wrapf(err, format, args...)
}

func TerminateIfError(err error) {
	if err != nil {
		panic(err)
	}
}
