// The realm filetest corpus: every test-fixtures/realm/*.amigo runs its txs on a fresh in-memory
// node and must match its trailing directives exactly (vm/realm/filetest.ts, through the runner of
// vm/run/filetest.ts). UPDATE_GOLDEN=1 rewrites the directives from the actual run.
import { resolve } from 'node:path';
import { filetestCorpus } from '../run/filetestCorpus';
import { runRealmFiletest } from './filetest';

const codeDir = resolve(__dirname, '../../dist');

filetestCorpus({
  corpus: resolve(__dirname, '../../test-fixtures/realm'),
  minimumCases: 10,
  run: (name, parsed) => runRealmFiletest(name, parsed, { codeDir }),
});
