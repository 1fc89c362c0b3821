// The Amigos declaration of package encoding/json: JSON encoding and decoding of Go values.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package json implements encoding and decoding of JSON.
package json

// Marshaler is the interface implemented by types that can marshal themselves into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// RawMessage is a raw encoded JSON value.
type RawMessage []byte

// Number represents a JSON number literal.
type Number string

func (n Number) String() string
func (n Number) Int64() (int64, error)
func (n Number) Float64() (float64, error)

func Marshal(v any) ([]byte, error)
func MarshalIndent(v any, prefix, indent string) ([]byte, error)
func Unmarshal(data []byte, v any) error
func Valid(data []byte) bool
`;
