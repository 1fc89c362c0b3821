// The Amigos declaration of package strconv: conversions to and from string representations of basic types.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package strconv implements conversions to and from string representations of basic data types.
package strconv

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange error

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax error

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func Atoi(s string) (int, error)
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRuneToGraphic(r rune) string
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func QuotedPrefix(s string) (string, error)
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func Unquote(s string) (string, error)
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
`;
