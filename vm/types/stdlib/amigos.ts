// The Amigos declaration of package amigos: the realm's state tree, events, identity and aborting a transaction.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package amigos gives a realm its state tree, its identity and events, and lets it abort the
// transaction. A realm may write only under State().For(its own path).
package amigos

// A Tree is a node of the state tree: a value and named children.
type Tree struct {
	path string
}

// State returns the root of the state tree.
func State() *Tree

// For returns the subtree at a slash-separated path below t.
func (t *Tree) For(path string) *Tree

// Get returns the child of t named key.
func (t *Tree) Get(key string) *Tree

// Value returns the value stored at t, or nil when there is none.
func (t *Tree) Value() any

// Set stores v at t.
func (t *Tree) Set(v any)

// Has reports whether a value is stored at t.
func (t *Tree) Has() bool

// Keys returns the names of t's children, in key (byte) order.
func (t *Tree) Keys() []string

// Delete removes t's value and its children.
func (t *Tree) Delete()

// Path returns t's path from the root.
func (t *Tree) Path() string

// Emit records an event of the transaction; attrs are key, value pairs.
func Emit(event string, attrs ...string)

// Realm returns the import path of the realm whose code is running.
func Realm() string

// RealmAddr returns the address of the realm at an import path.
func RealmAddr(path string) address

// Abort reverts the transaction with a reason.
func Abort(reason string)
`;
