// The Amigos declaration of package crypto/sha256: the SHA-224 and SHA-256 hash algorithms.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package sha256 implements the SHA224 and SHA256 hash algorithms.
package sha256

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

// Hash is the common interface implemented by the hash functions (hash.Hash in Go).
type Hash interface {
	Write(p []byte) (n int, err error)
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// New returns a new Hash computing the SHA256 checksum.
func New() Hash

// New224 returns a new Hash computing the SHA224 checksum.
func New224() Hash

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte
`;
