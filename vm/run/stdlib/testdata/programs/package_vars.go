// strconv.ErrSyntax and ErrRange are the errors every *strconv.NumError wraps (== and errors.Is),
// as encoding/hex's ErrLength is the error of an odd-length input.
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"
)

func main() {
	_, err := strconv.Atoi("12x")
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseUint("999999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseBool("yes")
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrSyntax))
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange)
	_, err = hex.DecodeString("abc")
	fmt.Println(err, err == hex.ErrLength, errors.Is(err, hex.ErrLength))
	fmt.Println(time.UTC, time.UTC != nil, time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC))
}
