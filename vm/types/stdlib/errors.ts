// The Amigos declaration of package errors: creating, wrapping and inspecting errors.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package errors implements functions to manipulate errors.
package errors

// New returns an error that formats as the given text.
func New(text string) error

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool

// As finds the first error in err's tree that matches target, and if so, sets target to it.
func As(err error, target any) bool

// Unwrap returns the result of calling the Unwrap method on err, if any.
func Unwrap(err error) error

// Join returns an error that wraps the given errors.
func Join(errs ...error) error

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")
`;
