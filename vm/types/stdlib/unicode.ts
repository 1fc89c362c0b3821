// The Amigos declaration of package unicode: classes and case mappings of runes.
// Function bodies are absent on purpose: the VM implements each function natively by this name
// (vm/run/stdlib/unicode.ts). Go's RangeTable values and the table functions (In, Is, IsOneOf, To)
// are left out because the VM does not carry the tables.

export const source = String.raw`
// Package unicode provides functions to test some properties of Unicode code points.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition Go's tables follow.
const Version = "15.0.0"

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
`;
