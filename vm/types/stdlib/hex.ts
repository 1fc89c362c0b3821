// The Amigos declaration of package encoding/hex: hexadecimal encoding and decoding.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package hex implements hexadecimal encoding and decoding.
package hex

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength error

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string

func EncodeToString(src []byte) string
func DecodeString(s string) ([]byte, error)
func Encode(dst, src []byte) int
func Decode(dst, src []byte) (int, error)
func EncodedLen(n int) int
func DecodedLen(x int) int
func AppendEncode(dst, src []byte) []byte
func AppendDecode(dst, src []byte) ([]byte, error)
func Dump(data []byte) string
`;
