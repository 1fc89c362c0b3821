// Command dump prints what go/parser makes of Go files, in the line format of dump.ts (depth,
// node type, byte offsets, detail; then the comment groups), or with -errors the parse errors.
// goparity.test.ts builds and runs it where a Go toolchain is installed. It is a test aid only.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"reflect"
	"strconv"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	mode := parser.ParseComments
	if len(os.Args) > 2 && os.Args[1] == "-errors" {
		// print errors only (AllErrors off, as gofmt)
		for _, f := range os.Args[2:] {
			fset := token.NewFileSet()
			_, err := parser.ParseFile(fset, f, nil, mode)
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					fmt.Fprintln(w, e.Error())
				}
			} else if err != nil {
				fmt.Fprintln(w, err.Error())
			}
		}
		return
	}
	for _, f := range os.Args[1:] {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, f, nil, mode)
		fmt.Fprintf(w, "== %s\n", f)
		if err != nil {
			fmt.Fprintf(w, "ERR %v\n", err)
			continue
		}
		base := fset.File(file.Pos()).Base()
		off := func(p token.Pos) int {
			if !p.IsValid() {
				return -1
			}
			return int(p) - base
		}
		depth := 0
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				depth--
				return false
			}
			name := reflect.TypeOf(n).Elem().Name()
			extra := ""
			switch x := n.(type) {
			case *ast.Ident:
				extra = x.Name
			case *ast.BasicLit:
				extra = x.Kind.String() + " " + strconv.Quote(x.Value)
			case *ast.BinaryExpr:
				extra = x.Op.String()
			case *ast.UnaryExpr:
				extra = x.Op.String()
			case *ast.AssignStmt:
				extra = x.Tok.String()
			case *ast.BranchStmt:
				extra = x.Tok.String()
			case *ast.IncDecStmt:
				extra = x.Tok.String()
			case *ast.GenDecl:
				extra = x.Tok.String()
			case *ast.RangeStmt:
				extra = x.Tok.String()
			case *ast.ChanType:
				extra = fmt.Sprint(int(x.Dir))
			case *ast.SliceExpr:
				extra = fmt.Sprint(x.Slice3)
			case *ast.CallExpr:
				extra = fmt.Sprint(x.Ellipsis.IsValid())
			case *ast.EmptyStmt:
				extra = fmt.Sprint(x.Implicit)
			case *ast.Comment:
				extra = strconv.Quote(x.Text)
			case *ast.TypeSpec:
				extra = fmt.Sprint(x.Assign.IsValid())
			}
			fmt.Fprintf(w, "%d %s %d %d %s\n", depth, name, off(n.Pos()), off(n.End()), extra)
			depth++
			return true
		})
		for _, c := range file.Comments {
			fmt.Fprintf(w, "C %d %d\n", off(c.Pos()), off(c.End()))
		}
	}
}
