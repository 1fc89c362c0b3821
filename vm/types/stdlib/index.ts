// The standard library's declarations by import path: Go source with body-less functions, parsed
// and checked like any package (vm/types/program.ts). The VM implements each function natively
// under the same package path and name. Adding a package here adds it to the Amigos standard
// library; nothing else decides what the standard library is.

import { source as amigos } from './amigos';
import { source as bytes } from './bytes';
import { source as errors } from './errors';
import { source as fmt } from './fmt';
import { source as hex } from './hex';
import { source as json } from './json';
import { source as math } from './math';
import { source as oracle } from './oracle';
import { source as sha256 } from './sha256';
import { source as sort } from './sort';
import { source as strconv } from './strconv';
import { source as strings } from './strings';
import { source as testing } from './testing';
import { source as time } from './time';
import { source as unicode } from './unicode';
import { source as utf8 } from './utf8';

export const stdlibSources: Readonly<Record<string, string>> = {
  amigos,
  'amigos/oracle': oracle,
  bytes,
  'crypto/sha256': sha256,
  'encoding/hex': hex,
  'encoding/json': json,
  errors,
  fmt,
  math,
  sort,
  strconv,
  strings,
  testing,
  time,
  unicode,
  'unicode/utf8': utf8,
};
