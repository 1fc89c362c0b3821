// Reads the answer of `amigos test DIR --json` into one outcome per test, for the Test Explorer.
// It accepts the object form `{ "tests": [...] }` and a bare array, and a few spellings of "it
// passed" (`ok`, `passed`, `status: "pass"`), so that the view keeps working while the CLI's
// output grows fields. It knows no VS Code API.
//
// It does not run anything and does not decide which tests exist: discovery reads the sources.

export interface TestOutcome {
  /** `TestAdd`, `ExampleRender`, or a filetest's file name (`transfer.amigo`). */
  name: string;
  file?: string;
  passed: boolean;
  skipped: boolean;
  message?: string;
  expected?: string;
  actual?: string;
  output?: string;
  durationMs?: number;
}

export function parseTestResults(json: unknown): TestOutcome[] {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.tests) ? json.tests : isRecord(json) && Array.isArray(json.results) ? json.results : [];
  const outcomes: TestOutcome[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const name = text(entry.name) ?? text(entry.test) ?? (text(entry.file) ? baseName(text(entry.file) as string) : undefined);
    if (!name) continue;
    const status = text(entry.status)?.toLowerCase();
    const skipped = status === 'skip' || status === 'skipped' || entry.skipped === true;
    const passed = !skipped && (entry.ok === true || entry.passed === true || entry.pass === true || status === 'pass' || status === 'passed' || status === 'ok');
    outcomes.push({
      name,
      file: text(entry.file),
      passed,
      skipped,
      message: text(entry.error) ?? text(entry.message) ?? text(entry.failure),
      expected: text(entry.expected) ?? text(entry.want),
      actual: text(entry.actual) ?? text(entry.got),
      output: text(entry.output),
      durationMs: typeof entry.durationMs === 'number' ? entry.durationMs : typeof entry.duration === 'number' ? entry.duration : undefined,
    });
  }
  return outcomes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
