// Loads the natively implemented standard library (vm/run/stdlib/index.ts) so that every package
// registers itself (vm/run/natives.ts) before a program links. Imported for its side effect only.
import '../run/stdlib/index';
