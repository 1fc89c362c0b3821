// Loads the natively implemented standard library packages so that they register themselves
// (vm/run/natives.ts) before a program links. Each import is for its side effect only; a package
// missing here links its calls to a panic naming the function.
import '../run/stdlib/fmt';
import '../run/stdlib/errors';
import '../run/stdlib/sort';
import '../run/stdlib/strconv';
