// The Amigos declaration of package fmt: formatted printing (Go's API, deterministic output only).
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package fmt implements formatted I/O with functions analogous to C's printf and scanf.
package fmt

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error)

// Println formats using the default formats, adding spaces between operands and a newline.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats and returns the resulting string.
func Sprint(a ...any) string

// Sprintln formats using the default formats, adding spaces and a newline, and returns the string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the string as an error.
func Errorf(format string, a ...any) error

// Fprint formats using the default formats and writes to w.
func Fprint(w Writer, a ...any) (n int, err error)

// Fprintln formats using the default formats and writes to w, followed by a newline.
func Fprintln(w Writer, a ...any) (n int, err error)

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w Writer, format string, a ...any) (n int, err error)

// Append formats using the default formats and appends the result to b.
func Append(b []byte, a ...any) []byte

// Appendln formats using the default formats, appends the result and a newline to b.
func Appendln(b []byte, a ...any) []byte

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte

// Sscan scans the argument string, storing successive space-separated values into arguments.
func Sscan(str string, a ...any) (n int, err error)

// Sscanf scans the argument string according to a format.
func Sscanf(str string, format string, a ...any) (n int, err error)
`;
