// The Amigos declaration of package testing: support for tests (TestX functions) in _test files.
// Function bodies are absent on purpose: the VM implements each function natively by this name.

export const source = String.raw`
// Package testing provides support for automated testing of Amigos packages.
package testing

// TB is the interface common to T and B.
type TB interface {
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
}

// T is a type passed to Test functions to manage test state.
type T struct {
	name string
}

func (t *T) Error(args ...any)
func (t *T) Errorf(format string, args ...any)
func (t *T) Fail()
func (t *T) FailNow()
func (t *T) Failed() bool
func (t *T) Fatal(args ...any)
func (t *T) Fatalf(format string, args ...any)
func (t *T) Helper()
func (t *T) Log(args ...any)
func (t *T) Logf(format string, args ...any)
func (t *T) Name() string
func (t *T) Run(name string, f func(t *T)) bool
func (t *T) Skip(args ...any)
func (t *T) SkipNow()
func (t *T) Skipf(format string, args ...any)
func (t *T) Skipped() bool
func (t *T) Cleanup(f func())

// B is a type passed to Benchmark functions.
type B struct {
	N    int
	name string
}

func (b *B) Error(args ...any)
func (b *B) Errorf(format string, args ...any)
func (b *B) Fail()
func (b *B) FailNow()
func (b *B) Failed() bool
func (b *B) Fatal(args ...any)
func (b *B) Fatalf(format string, args ...any)
func (b *B) Helper()
func (b *B) Log(args ...any)
func (b *B) Logf(format string, args ...any)
func (b *B) Name() string
func (b *B) Skip(args ...any)
func (b *B) SkipNow()
func (b *B) Skipf(format string, args ...any)
func (b *B) Skipped() bool
func (b *B) ResetTimer()

// Short reports whether the -test.short flag is set.
func Short() bool
`;
