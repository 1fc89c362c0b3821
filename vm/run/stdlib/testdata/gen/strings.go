// Prints the strings golden (../strings.txt): function, Go-quoted arguments, and the result as
// fmt.Sprintf("%q") (or %v for numbers and booleans) prints it. Run: go run strings.go > ../strings.txt
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func q(s string) string { return strconv.Quote(s) }

func out(name string, args []string, result any) {
	text := ""
	switch r := result.(type) {
	case string, []string:
		text = fmt.Sprintf("%q", r)
	default:
		text = fmt.Sprintf("%v", r)
	}
	fmt.Printf("%s\t%s\t%q\n", name, strings.Join(args, "\t"), text)
}

func main() {
	texts := []string{"", "a", "hello world", "  padded\t\n", "a,b,,c,", "héllo wörld", "日本語テキスト", "\xffbad\xfe", "aaa", "Go is GREAT", "ǆemo ß İstanbul", "x\u00a0y\u2003z\u0085w", "abcabcabc"}
	seps := []string{"", ",", "a", "bc", " ", "é", "\xff", "xyz"}
	for _, s := range texts {
		a := []string{q(s)}
		out("ToUpper", a, strings.ToUpper(s))
		out("ToLower", a, strings.ToLower(s))
		out("ToTitle", a, strings.ToTitle(s))
		out("TrimSpace", a, strings.TrimSpace(s))
		out("Fields", a, strings.Fields(s))
		out("RuneCountInString", a, utf8.RuneCountInString(s))
		out("ValidString", a, utf8.ValidString(s))
		out("ToValidUTF8", a, strings.ToValidUTF8(s, "?"))
		out("Repeat", a, strings.Repeat(s, 3))
		out("FieldsFuncPunct", a, strings.FieldsFunc(s, unicode.IsPunct))
		out("MapRot", a, strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if unicode.IsLetter(r) {
				return r + 1
			}
			return r
		}, s))
		r, size := utf8.DecodeLastRuneInString(s)
		out("DecodeLastRuneInString", a, fmt.Sprint(r, size))
		r, size = utf8.DecodeRuneInString(s)
		out("DecodeRuneInString", a, fmt.Sprint(r, size))
		for _, sep := range seps {
			b := []string{q(s), q(sep)}
			out("Split", b, strings.Split(s, sep))
			out("SplitAfter", b, strings.SplitAfter(s, sep))
			out("SplitN2", b, strings.SplitN(s, sep, 2))
			out("SplitN0", b, strings.SplitN(s, sep, 0) == nil)
			out("Count", b, strings.Count(s, sep))
			out("Index", b, strings.Index(s, sep))
			out("LastIndex", b, strings.LastIndex(s, sep))
			out("IndexAny", b, strings.IndexAny(s, sep))
			out("LastIndexAny", b, strings.LastIndexAny(s, sep))
			out("Contains", b, strings.Contains(s, sep))
			out("ContainsAny", b, strings.ContainsAny(s, sep))
			out("HasPrefix", b, strings.HasPrefix(s, sep))
			out("HasSuffix", b, strings.HasSuffix(s, sep))
			out("Trim", b, strings.Trim(s, sep))
			out("TrimLeft", b, strings.TrimLeft(s, sep))
			out("TrimRight", b, strings.TrimRight(s, sep))
			out("TrimPrefix", b, strings.TrimPrefix(s, sep))
			out("TrimSuffix", b, strings.TrimSuffix(s, sep))
			out("ReplaceAll", b, strings.ReplaceAll(s, sep, "<>"))
			out("Replace2", b, strings.Replace(s, sep, "_", 2))
			before, after, found := strings.Cut(s, sep)
			out("Cut", b, fmt.Sprintf("%q %q %v", before, after, found))
			out("EqualFold", b, strings.EqualFold(s, sep))
			out("Compare", b, strings.Compare(s, sep))
			out("Join", b, strings.Join(strings.Fields(s), sep))
		}
		for _, r := range []rune{'a', 'é', 0xFFFD, -1, 'z', '日'} {
			out("IndexRune", []string{q(s), fmt.Sprint(r)}, strings.IndexRune(s, r))
		}
	}
	for _, pair := range [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"K", "\u212a"}, {"σ", "Σ"}, {"ǅ", "ǆ"}, {"abc", "ABD"}} {
		out("EqualFold", []string{q(pair[0]), q(pair[1])}, strings.EqualFold(pair[0], pair[1]))
	}
	r := strings.NewReplacer("a", "1", "b", "2", "ab", "X", "<", "&lt;", ">", "&gt;")
	out("Replacer", []string{q("abcab <b>")}, r.Replace("abcab <b>"))
	r2 := strings.NewReplacer("", "-")
	out("ReplacerEmpty", []string{q("abc")}, r2.Replace("abc"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	out("ReplacerOrder", []string{q("aaaaaa")}, r3.Replace("aaaaaa"))
	var sb strings.Builder
	sb.WriteString("héllo")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.Write([]byte("!"))
	out("Builder", []string{}, fmt.Sprintf("%q %d", sb.String(), sb.Len()))
}
