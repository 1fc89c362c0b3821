// The Amigos declaration of package amigos/oracle: price feeds from several sources, with a median.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package oracle fetches a feed (such as "ETH/USD") from several sources. Locally the answers come
// from the [oracle] table of amigos.toml; every answer used is stored in the transaction record.
package oracle

// A Source is an oracle network.
type Source string

const (
	Chainlink Source = "chainlink"
	Band      Source = "band"
	Uma       Source = "uma"
)

// A Result holds the answers of each source for one feed.
type Result struct {
	Feed    string
	answers []int64
}

// Fetch asks each source for the feed's current value; a missing feed aborts the transaction.
func Fetch(feed string, sources ...Source) Result

// Median returns the median of the answers, in the feed's units.
func (r Result) Median() int64

// Answers returns each source's answer, in the order the sources were given.
func (r Result) Answers() []int64
`;
