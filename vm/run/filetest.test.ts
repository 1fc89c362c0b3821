// The filetest corpus: every test-fixtures/filetests/*.amigo runs once, in process, and must match
// its trailing directives exactly (vm/run/filetest.ts). UPDATE_GOLDEN=1 rewrites the directives
// from the actual run; review the diff.
import { resolve } from 'node:path';
import { runFiletest } from './filetest';
import { filetestCorpus } from './filetestCorpus';

filetestCorpus({ corpus: resolve(__dirname, '../../test-fixtures/filetests'), minimumCases: 1, run: runFiletest });
