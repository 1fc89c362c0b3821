// The files of a new realm ("Amigos: New Realm"): an `amigos.toml`, a realm with one exported
// function and a `Render`, and a test file with a Test and an Example, so that the scaffold
// builds and its tests pass before the user changes anything. Pure data: the command writes it.
//
// It does not choose where the files go or check that the module path is free: the command does.

export interface ScaffoldFile {
  /** Path relative to the new package's folder. */
  path: string;
  content: string;
}

/** Why `modulePath` cannot name a new realm, or undefined when it can. */
export function modulePathError(modulePath: string): string | undefined {
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[a-z][a-z0-9_]*)+$/.test(modulePath)) {
    return 'use a host and lower-case path segments, like hub.amigos.dev/myname/counter';
  }
  return undefined;
}

/** The package name Go derives from a module path: its last segment. */
export function packageName(modulePath: string): string {
  return modulePath.split('/').pop() ?? modulePath;
}

export function realmScaffold(modulePath: string): ScaffoldFile[] {
  const name = packageName(modulePath);
  return [
    {
      path: 'amigos.toml',
      content: `module = "${modulePath}"\nkind = "realm"\nversion = "0.1.0"\ndescription = "A counter that anyone can increment"\n`,
    },
    {
      path: `${name}.amigo`,
      content: `// Package ${name} is a realm: its package-level variables persist between transactions.
package ${name}

import "strconv"

var count int

// Increment adds n to the counter and returns the new count.
func Increment(n int) int {
\tcount += n
\treturn count
}

// Render shows the counter as Markdown.
func Render(path string) string {
\treturn "# ${name}\\n\\nCount: " + strconv.Itoa(count) + "\\n"
}
`,
    },
    {
      path: `${name}_test.amigo`,
      content: `package ${name}

import (
\t"fmt"
\t"testing"
)

func TestIncrement(t *testing.T) {
\tbefore := count
\tif got := Increment(2); got != before+2 {
\t\tt.Errorf("Increment(2) = %d, want %d", got, before+2)
\t}
}

func ExampleRender() {
\tcount = 3
\tfmt.Print(Render(""))
\t// Output:
\t// # ${name}
\t//
\t// Count: 3
}
`,
    },
  ];
}
