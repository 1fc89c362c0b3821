// Lowers checked Go functions to JavaScript source: one JS function per Go function, method and
// function literal, with gas charges, integer wraparound, bounds and nil checks inlined as calls of
// tiny runtime helpers (`$L`, vm/run/helpers.ts and ints.ts) that V8 inlines. The value
// representation is vm/run/values.ts's; this file only decides which JS expresses each Go
// construct. It deliberately does not link packages, build method sets or run anything
// (program.ts does), and never walks the AST at run time: the output is plain JS.
//
// Conventions of the generated code: `$rt` is the Runtime, `$L` the helpers, `$tN` runtime type
// descriptors, `$CN` struct classes, `$N` the native lookup. Every Go local gets a unique JS name
// (`name_N`); address-taken non-composite variables are boxed (`x.v`). In the debug variant each
// statement is preceded by `$rt.step(site, access)` (access reads the locals in scope, or with
// `(i, v)` stores into local i, for the debugger), each function registers a frame, and a panic
// leaving a body with defers is noted (`$rt.noteRaise`) for caught-panic stops.

import * as A from '../syntax/index';
import * as T from '../types/index';
import { Gas } from '../run/gas';
import type { StmtSite, FuncSite } from '../run/runtime';
import { RuntimeTypes, fieldKey } from './rtypes';
import { analyzeEscapes, type EscapeFacts } from './escape';
import type { CheckedPackage } from '../types/program';

export type { CheckedPackage };

export interface EmitOptions {
  /** Emit the instrumented variant (step hooks, frames). */
  debug: boolean;
  /**
   * Attribute gas to packages (switch on entry, switch back after calls that may cross). Off when
   * only one package has function bodies: everything is then that package's.
   */
  attribution: boolean;
}

/** Program-wide state shared by every function emitter. */
export class ProgramEmitter {
  readonly types = new RuntimeTypes();
  readonly names = new Map<T.TypeObject, string>();
  readonly sites: StmtSite[] = [];
  readonly funcSites: FuncSite[] = [];
  /** Natives referenced: JS name → [package path, key]. */
  readonly natives = new Map<string, [string, string]>();
  /** Compiled methods by JS name, for the linker. */
  readonly methodNames = new Map<T.Func, string>();
  readonly pkgIndex = new Map<T.Package, number>();
  readonly escapes: EscapeFacts;
  private counter = 0;
  /** Errors found while lowering (unsupported constructs), with positions. */
  readonly errors: { fileName: string; pos: number; message: string }[] = [];

  constructor(readonly packages: CheckedPackage[], readonly options: EmitOptions) {
    packages.forEach((p, i) => this.pkgIndex.set(p.pkg, i));
    this.escapes = analyzeEscapes(packages);
  }

  fresh(base: string): string {
    return `${sanitize(base)}_${this.counter++}`;
  }

  /** The JS name of a package-level object or a local already declared. */
  nameOf(obj: T.TypeObject): string {
    let name = this.names.get(obj);
    if (name === undefined) {
      if (obj.kind === 'func' && (obj as T.Func).external) {
        const f = obj as T.Func;
        const recv = f.recv;
        let key = f.name;
        if (recv !== null) {
          let rt = recv.type;
          if (rt instanceof T.Pointer) rt = rt.elem;
          key = `${rt instanceof T.Named ? rt.obj.name : '?'}.${f.name}`;
        }
        name = this.fresh(`N_${key}`);
        this.natives.set(name, [f.pkg?.path ?? '', key]);
      } else name = this.fresh(obj.name === '_' ? 'blank' : obj.name);
      this.names.set(obj, name);
    }
    return name;
  }

  site(fileName: string, lines: A.LineIndex, pos: number, locals: { name: string; type: T.Type }[]): number {
    const p = lines.goPosition(pos);
    this.sites.push({ file: fileName, line: p.line, col: p.column, locals: locals.map((l) => ({ name: l.name, type: this.types.of(l.type) })) });
    return this.sites.length - 1;
  }
}

interface LValue {
  /** Assignments to temps that must run first (`$t1 = a`). */
  prep: string[];
  get(): string;
  set(value: string): string;
  type: T.Type;
}

interface BreakTarget {
  label: string;
  /** The Go label object, when the statement is labeled. */
  goLabel: T.Label | null;
  isLoop: boolean;
  isSwitch?: boolean;
}

interface LocalVar {
  name: string;
  js: string;
  type: T.Type;
  boxed: boolean;
}

/** Emits one Go function (declaration or literal) as JS source. */
export class FuncEmitter {
  private readonly lines: string[] = [];
  private indent = 1;
  private temps = 0;
  private readonly targets: BreakTarget[] = [];
  private readonly scopes: LocalVar[][] = [[]];
  private hasDefer = false;
  private resultVars: { js: string; boxed: boolean; type: T.Type }[] = [];
  private readonly info: T.Info;
  private readonly pkgIdx: number;
  private pendingLabel: T.Label | null = null;
  private literalCount = 0;

  constructor(
    private readonly prog: ProgramEmitter,
    private readonly pkg: CheckedPackage,
    private readonly file: { file: A.File; lines: A.LineIndex },
    private readonly sig: T.Signature,
    private readonly goName: string,
  ) {
    this.info = pkg.info;
    this.pkgIdx = prog.pkgIndex.get(pkg.pkg) ?? 0;
  }

  /** The whole `function NAME(params) {...}` text. */
  emitFunction(jsName: string, recv: A.FieldList | undefined, type: A.FuncType, body: A.BlockStmt): string {
    const params: string[] = [];
    const prologue: string[] = [];
    const declareParam = (field: A.Field | undefined, index: number, v: T.Var | null | undefined): void => {
      if (v === null || v === undefined || v.name === '_' || v.name === '') {
        params.push(`$p${index}_${this.temps++}`);
        return;
      }
      const boxed = this.prog.escapes.boxed.has(v);
      const js = this.prog.fresh(v.name);
      this.prog.names.set(v, js);
      const copy = this.prog.escapes.copyParam.has(v) && this.isComposite(v.type);
      const arg = boxed || copy ? `${js}$a` : js;
      params.push(arg);
      let value = arg;
      if (copy) value = `${this.t(v.type)}.clone(${arg})`;
      if (boxed) prologue.push(`const ${js} = new $L.Box(${value});`);
      else if (value !== arg) prologue.push(`const ${js} = ${value};`);
      this.declare({ name: v.name, js, type: v.type, boxed });
      void field;
    };
    let index = 0;
    const fieldObjects = (list: A.FieldList | undefined, each: (field: A.Field, v: T.Var | null | undefined) => void): void => {
      for (const field of list?.list ?? []) {
        if (field.names.length === 0) each(field, this.info.implicits.get(field) as T.Var | undefined);
        else for (const n of field.names) each(field, this.info.defs.get(n) as T.Var | null | undefined);
      }
    };
    fieldObjects(recv, (f, v) => declareParam(f, index++, v));
    fieldObjects(type.params, (f, v) => declareParam(f, index++, v));
    // Results: named ones are locals; unnamed ones get hidden locals only when defers need them.
    const resultList: (T.Var | null)[] = [];
    fieldObjects(type.results, (_f, v) => resultList.push(v ?? null));
    this.hasDefer = containsDefer(body);
    const named = resultList.length > 0 && (type.results?.list ?? []).every((f) => f.names.length > 0);
    if (named || this.hasDefer) {
      resultList.forEach((v, i) => {
        const rtype = this.sig.results.at(i);
        const js = v !== null && v.name !== '_' && v.name !== '' ? this.prog.fresh(v.name) : `$r${i}`;
        const boxed = v !== null && this.prog.escapes.boxed.has(v);
        if (v !== null) this.prog.names.set(v, js);
        const zero = this.zero(rtype);
        prologue.push(`let ${js} = ${boxed ? `new $L.Box(${zero})` : zero};`);
        this.resultVars.push({ js, boxed, type: rtype });
        if (v !== null && v.name !== '_' && v.name !== '') this.declare({ name: v.name, js, type: rtype, boxed });
      });
    }
    const fsIndex = this.prog.funcSites.length;
    this.prog.funcSites.push({ name: this.goName, pkgPath: this.pkg.pkg.path });
    const debug = this.prog.options.debug;
    this.indent = debug ? 2 : 1;
    if (this.hasDefer) {
      this.line('const $df = [];');
      this.line('let $pn = null;');
      this.line('$body: try {');
      this.indent++;
      this.block(body.list, true, Gas.call);
      this.indent--;
      this.line(debug ? '} catch ($e) { $pn = $e; $rt.noteRaise($e); }' : '} catch ($e) { $pn = $e; }');
      this.line('$pn = $rt.runDefers($df, $pn);');
      this.line('if ($pn !== null) throw $pn;');
      this.line(`${this.restorePkg()}return ${this.resultsValue()};`);
    } else {
      this.block(body.list, true, Gas.call);
      if (this.resultVars.length > 0 || this.sig.results.length === 0) this.line(`${this.restorePkg()}return${this.sig.results.length === 0 ? '' : ' ' + this.resultsValue()};`);
    }
    const head: string[] = [];
    head.push(`function ${jsName}(${params.join(', ')}) {`);
    const pad = debug ? '    ' : '  ';
    if (debug) head.push(`  $rt.enter($FS[${fsIndex}]); try {`);
    if (this.prog.options.attribution) head.push(`${pad}if ($rt.pkg !== ${this.pkgIdx}) $rt.switchPkg(${this.pkgIdx});`);
    if (debug) head.push(`${pad}if (($rt.gas -= ${Gas.call}) < 0) $rt.outOfGas();`);
    if (this.temps > 0) head.push(`${pad}let ${Array.from({ length: this.temps }, (_, i) => `$t${i}`).join(', ')};`);
    for (const p of prologue) head.push(pad + p);
    const tail: string[] = [];
    if (debug) tail.push('  } catch ($e) { $rt.noteThrow($e); throw $e; } finally { $rt.leave(); }');
    tail.push('}');
    return [...head, ...this.lines, ...tail].join('\n');
  }

  /** A function running a package's variable initializers (in the checker's order), then its init()s. */
  emitInit(jsName: string, inits: T.Initializer[], initFuncs: string[]): string {
    this.indent = 1;
    for (const init of inits) {
      const global = (v: T.Var): string => `${this.prog.nameOf(v)}${this.prog.escapes.boxed.has(v) ? '.v' : ''}`;
      if (init.lhs.length === 1) {
        const v = init.lhs[0];
        const value = this.valueTo(init.rhs, v.type);
        this.line(v.name === '_' ? `${value};` : `${global(v)} = ${value};`);
        continue;
      }
      const tmp = this.temp();
      this.line(`${tmp} = ${this.multiValue(init.rhs)};`);
      const tuple = this.typeOf(init.rhs);
      init.lhs.forEach((v, i) => {
        if (v.name === '_') return;
        const from = tuple instanceof T.Tuple ? tuple.at(i) : i === 1 ? T.Typ[T.BasicKind.Bool] : v.type;
        this.line(`${global(v)} = ${this.coerce(`${tmp}[${i}]`, from, v.type)};`);
      });
    }
    for (const f of initFuncs) this.line(`${f}();`);
    const temps = this.temps > 0 ? [`  let ${Array.from({ length: this.temps }, (_, i) => `$t${i}`).join(', ')};`] : [];
    return [`function ${jsName}() {`, ...temps, ...this.lines, '}'].join('\n');
  }

  // ------------------------------------------------------------------------------------------
  // Output helpers

  private line(text: string): void {
    this.lines.push('  '.repeat(this.indent) + text);
  }

  private temp(): string {
    return `$t${this.temps++}`;
  }

  private t(type: T.Type): string {
    return `$t${this.prog.types.ref(type)}_`;
  }

  private declare(v: LocalVar): void {
    this.scopes[this.scopes.length - 1].push(v);
  }

  private visibleLocals(): LocalVar[] {
    const seen = new Map<string, LocalVar>();
    for (const scope of this.scopes) for (const v of scope) seen.set(v.name, v);
    return [...seen.values()];
  }

  /**
   * The instrumented variant's locals access of a statement (runtime.ts' LocalsAccess): no argument
   * reads them all; `(i, v)` stores v into local i. Only non-composite locals are settable (a struct
   * or array value is an object owned by its slot and is changed in place instead).
   */
  private localsAccess(locals: LocalVar[]): string {
    const read = `[${locals.map((l) => (l.boxed ? `${l.js}.v` : l.js)).join(', ')}]`;
    const writes = locals.flatMap((l, i) => (this.isComposite(l.type) ? [] : [`$si === ${i} ? (${l.boxed ? `${l.js}.v` : l.js} = $sv) : `]));
    return writes.length === 0 ? `() => ${read}` : `($si, $sv) => $si === undefined ? ${read} : ${writes.join('')}undefined`;
  }

  /** Returns leave gas attribution alone: callers that may have called another package switch back. */
  private restorePkg(): string {
    return '';
  }

  private resultsValue(): string {
    const values = this.resultVars.map((r) => (r.boxed ? `${r.js}.v` : r.js));
    return values.length === 1 ? values[0] : `[${values.join(', ')}]`;
  }

  private error(node: A.Node, message: string): string {
    this.prog.errors.push({ fileName: this.file.file.fileName, pos: node.pos, message });
    return 'undefined';
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  private block(list: A.Stmt[], newScope: boolean, entryCost = 0): void {
    if (newScope) this.scopes.push([]);
    let pending = this.prog.options.debug ? 0 : entryCost;
    const gotoTargets = new Map<string, number>();
    for (const stmt of list) {
      if (stmt.kind === 'LabeledStmt' && list.some((s) => containsGoto(s, stmt.label.name))) gotoTargets.set(stmt.label.name, gotoTargets.size + 1);
    }
    let machine: { state: string; loop: string; hoistAt: number } | null = null;
    if (gotoTargets.size > 0) {
      // Labels that gotos jump to: the block becomes a state machine (a loop over a switch with
      // one case per label); declarations are hoisted so that jumps never meet a `let` in its TDZ.
      machine = { state: this.temp(), loop: `$goto${this.temps++}`, hoistAt: this.lines.length };
      this.gotos.push({ labels: gotoTargets, state: machine.state, loop: machine.loop });
      this.hoist.push({ depth: this.scopes.length, names: [] });
      this.line(`${machine.state} = 0;`);
      this.line(`${machine.loop}: while (true) {`);
      this.indent++;
      this.line(`if (($rt.gas -= ${Gas.loopIteration}) < 0) $rt.outOfGas();`);
      this.line(`switch (${machine.state}) {`);
      this.line('case 0:');
      this.indent++;
    }
    let charged = false;
    for (let index = 0; index < list.length; index++) {
      const stmt = list[index];
      if (machine !== null && stmt.kind === 'LabeledStmt' && gotoTargets.has(stmt.label.name)) {
        this.indent--;
        this.line(`case ${gotoTargets.get(stmt.label.name)}:`);
        this.indent++;
        charged = false;
      }
      // A block charges on entry one unit per statement directly in it (block-level metering:
      // deterministic, and one check per block); a block that only returns or branches is free.
      if (!charged && !this.prog.options.debug) {
        const terminalOnly = list.length === 1 && (list[0].kind === 'ReturnStmt' || list[0].kind === 'BranchStmt');
        const cost = (terminalOnly ? 0 : (list.length - index) * Gas.stmt) + pending;
        if (cost > 0) this.line(`if (($rt.gas -= ${cost}) < 0) $rt.outOfGas();`);
        pending = 0;
        charged = true;
      }
      this.statement(stmt, false);
      if (machine !== null && index + 1 < list.length && list[index + 1].kind === 'LabeledStmt' && gotoTargets.has((list[index + 1] as A.LabeledStmt).label.name)) charged = false;
    }
    if (pending > 0) this.line(`if (($rt.gas -= ${pending}) < 0) $rt.outOfGas();`);
    if (machine !== null) {
      this.indent--;
      this.line('}');
      this.line(`break ${machine.loop};`);
      this.indent--;
      this.line('}');
      this.gotos.pop();
      const hoisted = this.hoist.pop()!;
      if (hoisted.names.length > 0) this.lines.splice(machine.hoistAt, 0, '  '.repeat(this.indent) + `let ${hoisted.names.join(', ')};`);
    }
    if (newScope) this.scopes.pop();
  }

  private readonly gotos: { labels: Map<string, number>; state: string; loop: string }[] = [];
  private readonly hoist: { depth: number; names: string[] }[] = [];

  /** `let js = value`, or `js = value` with `js` hoisted when inside a goto state machine's own block. */
  private letLine(js: string, value: string): void {
    const h = this.hoist[this.hoist.length - 1];
    if (h !== undefined && h.depth === this.scopes.length) {
      h.names.push(js);
      this.line(`${js} = ${value};`);
    } else this.line(`let ${js} = ${value};`);
  }

  private labelName(id: A.Ident): string {
    return `L_${sanitize(id.name)}`;
  }

  private statement(stmt: A.Stmt, charge: boolean): void {
    if (this.prog.options.debug && stmt.kind !== 'BlockStmt' && stmt.kind !== 'EmptyStmt' && stmt.kind !== 'LabeledStmt') {
      const locals = this.visibleLocals();
      const site = this.prog.site(this.file.file.fileName, this.file.lines, stmt.pos, locals);
      this.line(`if (($rt.gas -= ${Gas.stmt}) < 0) $rt.outOfGas(); $rt.step(${site}, ${this.localsAccess(locals)});`);
    }
    void charge;
    switch (stmt.kind) {
      case 'EmptyStmt': return;
      case 'BadStmt': this.error(stmt, 'bad statement'); return;
      case 'ExprStmt': this.line(`${this.expr(stmt.x)};`); return;
      case 'IncDecStmt': this.line(`${this.incDec(stmt)};`); return;
      case 'AssignStmt': this.assign(stmt); return;
      case 'DeclStmt': this.declStmt(stmt.decl); return;
      case 'BlockStmt':
        this.line('{');
        this.indent++;
        this.block(stmt.list, true);
        this.indent--;
        this.line('}');
        return;
      case 'IfStmt': this.ifStmt(stmt); return;
      case 'ForStmt': this.forStmt(stmt); return;
      case 'RangeStmt': this.rangeStmt(stmt); return;
      case 'SwitchStmt': this.switchStmt(stmt); return;
      case 'TypeSwitchStmt': this.typeSwitch(stmt); return;
      case 'LabeledStmt': {
        const label = this.info.defs.get(stmt.label) as T.Label | undefined;
        const inner = stmt.stmt;
        if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt') {
          this.pendingLabel = label ?? null;
          this.statement(inner, true);
          return;
        }
        this.line(`${this.labelName(stmt.label)}: {`);
        this.indent++;
        this.targets.push({ label: this.labelName(stmt.label), goLabel: label ?? null, isLoop: false });
        this.statement(inner, true);
        this.targets.pop();
        this.indent--;
        this.line('}');
        return;
      }
      case 'BranchStmt': this.branch(stmt); return;
      case 'ReturnStmt': this.returnStmt(stmt); return;
      case 'DeferStmt': this.deferStmt(stmt); return;
      case 'GoStmt': this.error(stmt, 'go statements are not supported in Amigos'); return;
      case 'SendStmt': case 'SelectStmt': case 'CommClause':
        this.error(stmt, 'channels are not supported in Amigos');
        return;
      case 'CaseClause': this.error(stmt, 'misplaced case clause'); return;
    }
  }

  private takeLabel(isLoop: boolean): BreakTarget {
    const goLabel = this.pendingLabel;
    this.pendingLabel = null;
    const label = goLabel !== null ? `L_${sanitize(goLabel.name)}` : `$lbl${this.temps++}`;
    return { label, goLabel, isLoop };
  }

  private branch(stmt: A.BranchStmt): void {
    if (stmt.tok === 'fallthrough') return; // handled by the switch emitter (no break emitted)
    if (stmt.tok === 'goto') {
      const machine = [...this.gotos].reverse().find((g) => g.labels.has(stmt.label!.name));
      if (machine === undefined) {
        this.error(stmt, `label ${stmt.label!.name} not defined`);
        return;
      }
      this.line(`{ ${machine.state} = ${machine.labels.get(stmt.label!.name)}; continue ${machine.loop}; }`);
      return;
    }
    let target: BreakTarget | undefined;
    if (stmt.label !== undefined) {
      const obj = this.info.uses.get(stmt.label);
      target = [...this.targets].reverse().find((t) => t.goLabel === obj || (t.goLabel !== null && t.goLabel.name === stmt.label!.name));
    } else if (stmt.tok === 'break') {
      target = [...this.targets].reverse().find((t) => t.isLoop || t.isSwitch === true);
    } else {
      target = [...this.targets].reverse().find((t) => t.isLoop);
    }
    if (target === undefined) {
      this.error(stmt, `${stmt.tok} is not in a loop, switch, or select`);
      return;
    }
    this.line(`${stmt.tok} ${target.label};`);
  }

  private ifStmt(stmt: A.IfStmt): void {
    if (stmt.init !== undefined) {
      this.line('{');
      this.indent++;
      this.scopes.push([]);
      this.statement(stmt.init, false);
    }
    this.line(`if (${this.expr(stmt.cond)}) {`);
    this.indent++;
    this.block(stmt.body.list, true);
    this.indent--;
    let els = stmt.else;
    while (els !== undefined) {
      if (els.kind === 'IfStmt' && els.init === undefined) {
        this.line(`} else if (${this.expr(els.cond)}) {`);
        this.indent++;
        this.block(els.body.list, true);
        this.indent--;
        els = els.else;
      } else {
        this.line('} else {');
        this.indent++;
        if (els.kind === 'BlockStmt') this.block(els.list, true);
        else this.statement(els, true);
        this.indent--;
        els = undefined;
      }
    }
    this.line('}');
    if (stmt.init !== undefined) {
      this.scopes.pop();
      this.indent--;
      this.line('}');
    }
  }

  private forStmt(stmt: A.ForStmt): void {
    const target = this.takeLabel(true);
    this.scopes.push([]);
    let init = '';
    let pre: string | null = null;
    const boxedLoopVars: string[] = [];
    if (stmt.init !== undefined) {
      const s = stmt.init;
      if (s.kind === 'AssignStmt' && s.tok === ':=' && s.lhs.length === s.rhs.length) {
        const parts: string[] = [];
        s.lhs.forEach((l, i) => {
          const v = this.defVar(l as A.Ident);
          const value = this.valueTo(s.rhs[i], v?.type ?? this.typeOf(s.rhs[i]));
          if (v === null) {
            parts.push(`${this.temp()} = ${value}`);
            return;
          }
          const boxed = this.prog.escapes.boxed.has(v);
          const js = this.prog.fresh(v.name);
          this.prog.names.set(v, js);
          parts.push(`${js} = ${boxed ? `new $L.Box(${value})` : value}`);
          if (boxed) boxedLoopVars.push(js);
          this.declare({ name: v.name, js, type: v.type, boxed });
        });
        init = `let ${parts.join(', ')}`;
      } else {
        pre = '';
      }
    }
    if (pre !== null) {
      this.line('{');
      this.indent++;
      this.statement(stmt.init!, false);
    }
    const cond = stmt.cond !== undefined ? this.expr(stmt.cond) : '';
    const postParts: string[] = boxedLoopVars.map((js) => `${js} = new $L.Box(${js}.v)`);
    if (stmt.post !== undefined) postParts.push(this.simpleStmtExpr(stmt.post));
    this.line(`${target.label}: for (${init}; ${cond}; ${postParts.join(', ')}) {`);
    this.indent++;
    // The iteration's gas is charged with the body's (one check per iteration).
    if (this.prog.options.debug) this.line(`if (($rt.gas -= ${Gas.loopIteration}) < 0) $rt.outOfGas();`);
    this.targets.push(target);
    this.block(stmt.body.list, true, Gas.loopIteration);
    this.targets.pop();
    this.indent--;
    this.line('}');
    if (pre !== null) {
      this.indent--;
      this.line('}');
    }
    this.scopes.pop();
  }

  private rangeStmt(stmt: A.RangeStmt): void {
    const target = this.takeLabel(true);
    const xt = this.typeOf(stmt.x);
    let u = T.underlying(xt);
    const define = stmt.tok === ':=';
    const keyExpr = stmt.key !== undefined && !isBlank(stmt.key) ? stmt.key : undefined;
    const valueExpr = stmt.value !== undefined && !isBlank(stmt.value) ? stmt.value : undefined;
    this.scopes.push([]);
    const bind = (e: A.Expr | undefined, value: string, type: T.Type): void => {
      if (e === undefined) return;
      if (define) {
        const v = this.defVar(e as A.Ident);
        if (v === null) return;
        const boxed = this.prog.escapes.boxed.has(v);
        const js = this.prog.fresh(v.name);
        this.prog.names.set(v, js);
        this.line(`let ${js} = ${boxed ? `new $L.Box(${value})` : value};`);
        this.declare({ name: v.name, js, type: v.type, boxed });
      } else {
        const lv = this.lvalue(e);
        for (const p of lv.prep) this.line(`${p};`);
        this.line(`${lv.set(this.coerce(value, type, lv.type))};`);
      }
    };
    const head = (text: string): void => {
      this.line(`${target.label}: ${text} {`);
      this.indent++;
      if (this.prog.options.debug) this.line(`if (($rt.gas -= ${Gas.loopIteration}) < 0) $rt.outOfGas();`);
    };
    const i = this.temp();
    const s = this.temp();
    const n = this.temp();
    if (u instanceof T.Pointer) u = T.underlying(u.elem);
    if (u instanceof T.Basic && (u.info & T.BasicInfo.IsInteger) !== 0) {
      head(`for (let ${i} = 0, ${n} = ${this.expr(stmt.x)}; ${i} < ${n}; ${i}++)`);
      bind(keyExpr, i, xt);
    } else if (u instanceof T.Basic && (u.info & T.BasicInfo.IsString) !== 0) {
      const w = this.temp();
      const r = this.temp();
      head(`for (let ${i} = 0, ${s} = ${this.expr(stmt.x)}, ${w} = 0; ${i} < ${s}.length; ${i} += ${w})`);
      this.line(`let ${r} = ${s}.charCodeAt(${i}); if (${r} < 128) ${w} = 1; else { const $d = $L.decodeRune(${s}, ${i}); ${r} = $d[0]; ${w} = $d[1]; }`);
      bind(keyExpr, i, T.Typ[T.BasicKind.Int]);
      bind(valueExpr, r, T.runeType);
    } else if (u instanceof T.Slice) {
      head(`for (let ${i} = 0, ${s} = ${this.expr(stmt.x)}, ${n} = $L.slen(${s}); ${i} < ${n}; ${i}++)`);
      bind(keyExpr, i, T.Typ[T.BasicKind.Int]);
      if (valueExpr !== undefined) bind(valueExpr, this.cloneIf(u.elem, `${s}.a[${s}.o + ${i}]`), u.elem);
    } else if (u instanceof T.ArrayType) {
      const xu = T.underlying(xt);
      // Ranging over an array value ranges over a copy (a pointer to an array does not copy).
      const arr = xu instanceof T.Pointer ? (valueExpr !== undefined ? `$L.nn(${this.expr(stmt.x)})` : this.expr(stmt.x)) : valueExpr !== undefined ? this.valueFor(stmt.x) : this.expr(stmt.x);
      head(`for (let ${i} = 0, ${s} = ${arr}; ${i} < ${u.len}; ${i}++)`);
      bind(keyExpr, i, T.Typ[T.BasicKind.Int]);
      if (valueExpr !== undefined) bind(valueExpr, this.cloneIf(u.elem, `${s}[${i}]`), u.elem);
    } else if (u instanceof T.MapType) {
      const e = this.temp();
      head(`for (const ${e} of $L.mapIter(${this.expr(stmt.x)}))`);
      bind(keyExpr, `${e}[0]`, u.key);
      if (valueExpr !== undefined) bind(valueExpr, this.cloneIf(u.elem, `${e}[1]`), u.elem);
    } else {
      this.error(stmt, `cannot range over ${T.typeString(xt)}`);
      head('for (;false;)');
    }
    this.targets.push(target);
    this.block(stmt.body.list, true, Gas.loopIteration);
    this.targets.pop();
    this.indent--;
    this.line('}');
    this.scopes.pop();
  }

  private switchStmt(stmt: A.SwitchStmt): void {
    const target = this.takeLabel(false);
    target.isSwitch = true;
    this.line('{');
    this.indent++;
    this.scopes.push([]);
    if (stmt.init !== undefined) this.statement(stmt.init, false);
    const tag = stmt.tag !== undefined ? this.temp() : null;
    const tagType = stmt.tag !== undefined ? this.typeOf(stmt.tag) : T.Typ[T.BasicKind.Bool];
    if (tag !== null) this.line(`${tag} = ${this.expr(stmt.tag!)};`);
    const clauses = stmt.body.list.filter((s): s is A.CaseClause => s.kind === 'CaseClause');
    const c = this.temp();
    let defaultIndex = -1;
    let chain = '';
    clauses.forEach((clause, index) => {
      if (clause.list === undefined) {
        defaultIndex = index;
        return;
      }
      const tests = clause.list.map((e) => (tag === null ? this.expr(e) : this.equality(tag, tagType, this.expr(e), this.typeOf(e), false)));
      chain += `${chain === '' ? '' : ' else '}if (${tests.map((t) => `(${t})`).join(' || ')}) ${c} = ${index};`;
    });
    this.line(`${c} = ${defaultIndex};${chain === '' ? '' : ' ' + chain}`);
    this.emitClauses(target, c, clauses, () => undefined);
    this.scopes.pop();
    this.indent--;
    this.line('}');
  }

  private emitClauses(target: BreakTarget, c: string, clauses: A.CaseClause[], bindClause: (clause: A.CaseClause) => void): void {
    this.line(`${target.label}: switch (${c}) {`);
    this.indent++;
    this.targets.push(target);
    clauses.forEach((clause, index) => {
      this.line(`case ${index}: {`);
      this.indent++;
      this.scopes.push([]);
      bindClause(clause);
      this.block(clause.body, false);
      this.scopes.pop();
      const last = clause.body[clause.body.length - 1];
      const falls = last !== undefined && last.kind === 'BranchStmt' && last.tok === 'fallthrough';
      if (!falls) this.line(`break ${target.label};`);
      this.indent--;
      this.line('}');
    });
    this.targets.pop();
    this.indent--;
    this.line('}');
  }

  private typeSwitch(stmt: A.TypeSwitchStmt): void {
    const target = this.takeLabel(false);
    target.isSwitch = true;
    this.line('{');
    this.indent++;
    this.scopes.push([]);
    if (stmt.init !== undefined) this.statement(stmt.init, false);
    const guard = stmt.assign.kind === 'AssignStmt' ? stmt.assign.rhs[0] : (stmt.assign as A.ExprStmt).x;
    const assertion = unparen(guard) as A.TypeAssertExpr;
    const x = this.temp();
    const xType = this.typeOf(assertion.x);
    this.line(`${x} = ${this.expr(assertion.x)};`);
    const clauses = stmt.body.list.filter((s): s is A.CaseClause => s.kind === 'CaseClause');
    const c = this.temp();
    let defaultIndex = -1;
    let chain = '';
    clauses.forEach((clause, index) => {
      if (clause.list === undefined) {
        defaultIndex = index;
        return;
      }
      const tests = clause.list.map((e) => this.typeTest(x, e, xType));
      chain += `${chain === '' ? '' : ' else '}if (${tests.map((t) => `(${t})`).join(' || ')}) ${c} = ${index};`;
    });
    this.line(`${c} = ${defaultIndex};${chain === '' ? '' : ' ' + chain}`);
    this.emitClauses(target, c, clauses, (clause) => {
      const v = this.info.implicits.get(clause) as T.Var | undefined;
      if (v === undefined || v.name === '_') return;
      const js = this.prog.fresh(v.name);
      this.prog.names.set(v, js);
      const single = clause.list !== undefined && clause.list.length === 1 ? clause.list[0] : undefined;
      let value = x;
      if (single !== undefined && !T.isInterface(v.type) && this.info.types.get(single)?.mode !== 'nil') {
        value = this.cloneIf(v.type, `${x}.v`);
      }
      const boxed = this.prog.escapes.boxed.has(v);
      this.line(`let ${js} = ${boxed ? `new $L.Box(${value})` : value};`);
      this.declare({ name: v.name, js, type: v.type, boxed });
    });
    this.scopes.pop();
    this.indent--;
    this.line('}');
  }

  private typeTest(x: string, e: A.Expr, xType: T.Type): string {
    const tv = this.info.types.get(e);
    if (tv?.mode === 'nil' || (e.kind === 'Ident' && e.name === 'nil' && tv?.mode !== 'typexpr')) return `${x} === null`;
    const target = tv?.type ?? T.invalidType;
    void xType;
    if (T.isInterface(target)) return `$L.implementsT(${x}, ${this.t(target)})`;
    return `${x} !== null && ${x}.t === ${this.t(target)}`;
  }

  private returnStmt(stmt: A.ReturnStmt): void {
    const results = this.sig.results;
    let values: string[] = [];
    if (stmt.results.length === 1 && results.length > 1) {
      const tmp = this.temp();
      this.line(`${tmp} = ${this.expr(stmt.results[0])};`);
      const tuple = this.typeOf(stmt.results[0]);
      values = results.vars.map((v, i) => this.coerce(`${tmp}[${i}]`, tuple instanceof T.Tuple ? tuple.at(i) : v.type, v.type));
    } else {
      values = stmt.results.map((e, i) => this.valueTo(e, results.at(i)));
    }
    if (this.hasDefer) {
      if (values.length > 0) {
        const temps = values.map((v) => {
          const tmp = this.temp();
          this.line(`${tmp} = ${v};`);
          return tmp;
        });
        temps.forEach((tmp, i) => {
          const r = this.resultVars[i];
          this.line(`${r.boxed ? `${r.js}.v` : r.js} = ${tmp};`);
        });
      }
      this.line('break $body;');
      return;
    }
    if (values.length === 0) {
      this.line(`${this.restorePkg()}return${results.length === 0 ? '' : ' ' + this.resultsValue()};`);
      return;
    }
    const value = values.length === 1 ? values[0] : `[${values.join(', ')}]`;
    this.line(`return ${value};`);
  }

  private deferStmt(stmt: A.DeferStmt): void {
    const call = unparen(stmt.call);
    if (call.kind !== 'CallExpr') {
      this.error(stmt, 'expression in defer must be function call');
      return;
    }
    // Evaluate the function value and the arguments now; call later.
    const kind = this.info.calls.get(call);
    const fun = unparen(call.fun);
    if (kind === 'builtin' || kind === 'conversion') {
      const args = call.args.map((a) => {
        const tmp = this.prog.fresh('$da');
        this.line(`const ${tmp} = ${this.expr(a)};`);
        return tmp;
      });
      const replaced: A.CallExpr = { ...call, args: args.map((name, i) => ({ kind: 'Ident', name: `\u0000${name}`, pos: call.args[i].pos, end: call.args[i].end }) as A.Ident) };
      this.deferredRaw.set(replaced, args.map((name, i) => ({ js: name, type: this.typeOf(call.args[i]), expr: call.args[i] })));
      this.line(`$df.push($L.noRecover(() => { ${this.expr(replaced as A.Expr)}; }));`);
      return;
    }
    if (fun.kind === 'FuncLit' && call.args.length === 0) {
      this.line(containsRecover(fun.body) ? `$df.push(${this.expr(fun)});` : `$df.push($L.noRecover(${this.expr(fun)}));`);
      return;
    }
    const f = this.prog.fresh('$dfn');
    const { callee, recv } = this.calleeParts(call, true);
    this.line(`const ${f} = ${callee};`);
    let recvName: string | null = null;
    if (recv !== null) {
      recvName = this.prog.fresh('$drv');
      this.line(`const ${recvName} = ${recv};`);
    }
    const { pre, list } = this.args(call);
    if (pre !== null) this.line(`${pre};`);
    const names = list.map((a) => {
      const tmp = this.prog.fresh('$da');
      this.line(`const ${tmp} = ${a};`);
      return tmp;
    });
    const all = recvName !== null ? [recvName, ...names] : names;
    // Only the deferred function itself may recover: a target known not to call recover()
    // directly is marked, so that helpers it calls see no panic.
    const target = this.staticTarget(call);
    const thunk = `() => ${f}(${all.join(', ')})`;
    this.line(target !== null && !containsRecover(target) ? `$df.push($L.noRecover(${thunk}));` : `$df.push(${thunk});`);
  }

  /** The body of the function a call statically targets (a declared function or method), or null. */
  private staticTarget(call: A.CallExpr): A.BlockStmt | null {
    const fun = unparen(call.fun);
    let obj: T.TypeObject | undefined;
    if (fun.kind === 'Ident') obj = this.info.uses.get(fun);
    else if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      obj = sel === undefined ? this.info.uses.get(fun.sel) : sel.kind === 'method' ? sel.obj : undefined;
    }
    if (obj === undefined || obj.kind !== 'func') return null;
    const decl = obj.decl;
    if (decl === undefined || decl.kind !== 'FuncDecl') return null;
    return decl.body ?? { kind: 'BlockStmt', pos: 0, end: 0, lbrace: 0, list: [], rbrace: 0 };
  }

  private readonly deferredRaw = new Map<A.CallExpr, { js: string; type: T.Type; expr: A.Expr }[]>();

  private declStmt(decl: A.GenDecl): void {
    if (decl.tok !== 'var') return;
    for (const spec of decl.specs) {
      if (spec.kind !== 'ValueSpec') continue;
      const vars = spec.names.map((n) => this.info.defs.get(n) as T.Var | null | undefined);
      if (spec.values.length === 0) {
        vars.forEach((v) => {
          if (v === null || v === undefined) return;
          this.defineLocal(v, this.zero(v.type));
        });
        continue;
      }
      if (spec.values.length === 1 && vars.length > 1) {
        const tmp = this.temp();
        this.line(`${tmp} = ${this.multiValue(spec.values[0])};`);
        const tuple = this.typeOf(spec.values[0]);
        vars.forEach((v, i) => {
          if (v === null || v === undefined) return;
          this.defineLocal(v, this.coerce(`${tmp}[${i}]`, tuple instanceof T.Tuple ? tuple.at(i) : v.type, v.type));
        });
        continue;
      }
      const values = spec.values.map((e, i) => {
        const v = vars[i];
        return this.valueTo(e, v?.type ?? this.typeOf(e));
      });
      const temps = values.length > 1 ? values.map((v) => {
        const tmp = this.temp();
        this.line(`${tmp} = ${v};`);
        return tmp;
      }) : values;
      vars.forEach((v, i) => {
        if (v === null || v === undefined || v.name === '_') {
          if (values.length === 1) this.line(`${temps[i]};`);
          return;
        }
        this.defineLocal(v, temps[i]);
      });
    }
  }

  private defineLocal(v: T.Var, value: string): void {
    const boxed = this.prog.escapes.boxed.has(v);
    const js = this.prog.fresh(v.name);
    this.prog.names.set(v, js);
    this.letLine(js, boxed ? `new $L.Box(${value})` : value);
    this.declare({ name: v.name, js, type: v.type, boxed });
  }

  /** The variable an identifier on the left of := declares, or null for `_`; undefined for a redeclared one. */
  private defVar(id: A.Ident): T.Var | null {
    const obj = this.info.defs.get(id);
    if (obj === undefined || obj === null || obj.kind !== 'var') return null;
    return obj as T.Var;
  }

  private assign(stmt: A.AssignStmt): void {
    if (stmt.tok === ':=' || stmt.tok === '=') {
      this.assignList(stmt);
      return;
    }
    // x op= y
    const op = stmt.tok.slice(0, -1) as A.BinaryOp;
    const lv = this.lvalue(stmt.lhs[0]);
    for (const p of lv.prep) this.line(`${p};`);
    const rhs = this.expr(stmt.rhs[0]);
    this.line(`${lv.set(this.arith(op, lv.get(), rhs, lv.type, this.typeOf(stmt.rhs[0]), stmt))};`);
  }

  private assignList(stmt: A.AssignStmt): void {
    const define = stmt.tok === ':=';
    const targetType = (e: A.Expr): T.Type => {
      if (define && e.kind === 'Ident') {
        const v = this.defVar(e);
        if (v !== null) return v.type;
      }
      if (isBlank(e)) return T.invalidType;
      return this.typeOf(e);
    };
    const store = (e: A.Expr, value: string, lvs: Map<A.Expr, LValue>): void => {
      if (isBlank(e)) {
        this.line(`${value};`);
        return;
      }
      if (define && e.kind === 'Ident') {
        const v = this.defVar(e);
        if (v !== null && !this.prog.names.has(v)) {
          this.defineLocal(v, value);
          return;
        }
      }
      let lv = lvs.get(e);
      if (lv === undefined) {
        lv = this.lvalue(e);
        for (const p of lv.prep) this.line(`${p};`);
      }
      this.line(`${lv.set(value)};`);
    };
    if (stmt.rhs.length === 1 && stmt.lhs.length > 1) {
      const tmp = this.temp();
      this.line(`${tmp} = ${this.multiValue(stmt.rhs[0])};`);
      const tuple = this.typeOf(stmt.rhs[0]);
      stmt.lhs.forEach((l, i) => {
        if (isBlank(l)) return;
        const from = tuple instanceof T.Tuple ? tuple.at(i) : i === 1 ? T.Typ[T.BasicKind.Bool] : this.typeOf(stmt.rhs[0]);
        store(l, this.coerce(`${tmp}[${i}]`, from, targetType(l)), new Map());
      });
      return;
    }
    if (stmt.lhs.length === 1) {
      const l = stmt.lhs[0];
      const value = isBlank(l) ? this.expr(stmt.rhs[0]) : this.valueTo(stmt.rhs[0], targetType(l));
      store(l, value, new Map());
      return;
    }
    // Parallel assignment: left operands, then right values, then stores left to right.
    const lvs = new Map<A.Expr, LValue>();
    for (const l of stmt.lhs) {
      if (isBlank(l)) continue;
      if (define && l.kind === 'Ident' && this.defVar(l) !== null && !this.prog.names.has(this.defVar(l)!)) continue;
      const lv = this.lvalue(l, true);
      for (const p of lv.prep) this.line(`${p};`);
      lvs.set(l, lv);
    }
    const { pre, codes } = this.ordered(stmt.rhs, (r, i) => {
      const l = stmt.lhs[i];
      return isBlank(l) ? this.expr(r) : this.valueTo(r, targetType(l));
    });
    for (const p of pre) this.line(`${p};`);
    const temps = codes.map((value) => {
      const tmp = this.temp();
      this.line(`${tmp} = ${value};`);
      return tmp;
    });
    stmt.lhs.forEach((l, i) => {
      if (isBlank(l)) return;
      store(l, temps[i], lvs);
    });
  }

  private incDec(stmt: A.IncDecStmt): string {
    const lv = this.lvalue(stmt.x);
    const one = this.constOne(lv.type);
    const value = this.arith(stmt.tok === '++' ? '+' : '-', lv.get(), one, lv.type, lv.type, stmt);
    return [...lv.prep, lv.set(value)].join(', ');
  }

  private constOne(t: T.Type): string {
    void t;
    return '1';
  }

  /** A simple statement (for-loop post) as one JS expression. */
  private simpleStmtExpr(stmt: A.Stmt): string {
    switch (stmt.kind) {
      case 'IncDecStmt': return this.incDec(stmt);
      case 'ExprStmt': return this.expr(stmt.x);
      case 'AssignStmt': {
        if (stmt.tok !== '=' && stmt.tok !== ':=') {
          const op = stmt.tok.slice(0, -1) as A.BinaryOp;
          const lv = this.lvalue(stmt.lhs[0]);
          return [...lv.prep, lv.set(this.arith(op, lv.get(), this.expr(stmt.rhs[0]), lv.type, this.typeOf(stmt.rhs[0]), stmt))].join(', ');
        }
        if (stmt.lhs.length === 1) {
          const lv = this.lvalue(stmt.lhs[0]);
          return [...lv.prep, lv.set(this.valueTo(stmt.rhs[0], lv.type))].join(', ');
        }
        const parts: string[] = [];
        const lvs = stmt.lhs.map((l) => this.lvalue(l, true));
        for (const lv of lvs) parts.push(...lv.prep);
        const temps = stmt.rhs.map((r, i) => {
          const tmp = this.temp();
          parts.push(`${tmp} = ${this.valueTo(r, lvs[i].type)}`);
          return tmp;
        });
        lvs.forEach((lv, i) => parts.push(lv.set(temps[i])));
        return parts.join(', ');
      }
      default:
        this.error(stmt, 'unsupported statement in for post');
        return 'undefined';
    }
  }

  // ------------------------------------------------------------------------------------------
  // L-values

  private lvalue(e: A.Expr, useTemps = false): LValue {
    e = unparen(e);
    const type = this.typeOf(e);
    const composite = this.isComposite(type);
    const tt = composite ? this.t(type) : '';
    const assign = (target: string) => (value: string) => (composite ? `$L.assignInto(${tt}, ${target}, ${value})` : `${target} = ${value}`);
    const hold = (code: string, prep: string[]): string => {
      if (!useTemps && /^([\w$.]+|'[^'\\]*')$/.test(code)) return code;
      const tmp = this.temp();
      prep.push(`${tmp} = ${code}`);
      return tmp;
    };
    if (e.kind === 'Ident') {
      const obj = this.info.uses.get(e) ?? this.info.defs.get(e);
      const code = this.ident(e);
      void obj;
      return { prep: [], get: () => code, set: assign(code), type };
    }
    if (e.kind === 'StarExpr') {
      const prep: string[] = [];
      const p = hold(this.expr(e.x), prep);
      const target = composite ? `$L.nn(${p})` : `$L.nn(${p}).v`;
      return { prep, get: () => target, set: assign(target), type };
    }
    if (e.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(e);
      if (sel === undefined) {
        const code = this.expr(e);
        return { prep: [], get: () => code, set: assign(code), type };
      }
      const prep: string[] = [];
      const { code: base, key } = this.fieldBase(e.x, sel.index);
      const obj = hold(base, prep);
      const target = `${obj}${prop(key)}`;
      return { prep, get: () => target, set: assign(target), type };
    }
    if (e.kind === 'IndexExpr') {
      const xt = T.underlying(this.typeOf(e.x));
      const prep: string[] = [];
      if (xt instanceof T.MapType) {
        const m = hold(this.expr(e.x), prep);
        const k = hold(this.valueTo(e.index, xt.key), prep);
        return {
          prep,
          get: () => this.mapGet(m, k, xt.elem),
          set: (value) => `$L.mset(${m}, ${k}, ${value})`,
          type,
        };
      }
      if (xt instanceof T.Slice) {
        const s = hold(this.expr(e.x), prep);
        const i = hold(this.expr(e.index), prep);
        return {
          prep,
          get: () => `$L.sget(${s}, ${i})`,
          set: composite ? (value) => `$L.assignInto(${tt}, $L.sget(${s}, ${i}), ${value})` : (value) => `$L.sset(${s}, ${i}, ${value})`,
          type,
        };
      }
      let arr = this.expr(e.x);
      let len = xt instanceof T.ArrayType ? xt.len : 0;
      if (xt instanceof T.Pointer) {
        arr = `$L.nn(${arr})`;
        const pu = T.underlying(xt.elem);
        len = pu instanceof T.ArrayType ? pu.len : 0;
      }
      const a = hold(arr, prep);
      const idx = this.info.types.get(e.index)?.mode === 'constant' ? this.expr(e.index) : hold(`$L.aix(${len}, ${this.expr(e.index)})`, prep);
      const target = `${a}[${idx}]`;
      return { prep, get: () => target, set: assign(target), type };
    }
    this.error(e, 'cannot assign to this expression');
    return { prep: [], get: () => 'undefined', set: () => 'undefined', type };
  }

  // ------------------------------------------------------------------------------------------
  // Expressions

  typeOf(e: A.Expr): T.Type {
    const tv = this.info.types.get(e);
    if (tv !== undefined) return tv.type;
    if (e.kind === 'ParenExpr') return this.typeOf(e.x);
    if (e.kind === 'Ident') {
      const obj = this.info.uses.get(e) ?? this.info.defs.get(e);
      if (obj) return obj.type;
    }
    return T.invalidType;
  }

  private isComposite(t: T.Type): boolean {
    const u = T.underlying(t);
    return u instanceof T.Struct || u instanceof T.ArrayType;
  }

  private cloneIf(t: T.Type, code: string): string {
    return this.isComposite(t) ? `${this.t(t)}.clone(${code})` : code;
  }

  /** Whether an expression makes a new composite value (so it needs no copy when stored). */
  private isFresh(e: A.Expr): boolean {
    const x = unparen(e);
    if (x.kind === 'CallExpr' && this.info.calls.get(x) === 'conversion') return x.args.length === 1 && this.isFresh(x.args[0]);
    return x.kind === 'CompositeLit' || x.kind === 'CallExpr' || x.kind === 'BinaryExpr';
  }

  /** The value of `e` as a copy (for storing): composites read from a slot are cloned. */
  valueFor(e: A.Expr): string {
    const code = this.expr(e);
    const t = this.typeOf(e);
    if (this.isComposite(t) && !this.isFresh(e)) return `${this.t(t)}.clone(${code})`;
    return code;
  }

  /** The value of `e` converted for a slot of type `to` (interface boxing). */
  valueTo(e: A.Expr, to: T.Type): string {
    const tv = this.info.types.get(e);
    if (tv?.mode === 'nil') return 'null';
    return this.coerce(this.valueFor(e), this.typeOf(e), to);
  }

  coerce(code: string, from: T.Type, to: T.Type): string {
    if (!T.isInterface(to) || T.isInterface(from) || from instanceof T.Tuple) return code;
    if (from instanceof T.Basic && from.kind === T.BasicKind.UntypedNil) return 'null';
    if (!T.isValid(from)) return code;
    return `new $L.Iface(${this.t(T.defaultType(from))}, ${code})`;
  }

  /** An expression producing several values (a JS array): a call, or a comma-ok form. */
  private multiValue(e: A.Expr): string {
    const x = unparen(e);
    if (x.kind === 'IndexExpr') {
      const u = T.underlying(this.typeOf(x.x));
      if (u instanceof T.MapType) {
        const r = `$L.mget2(${this.expr(x.x)}, ${this.valueTo(x.index, u.key)}, ${this.t(u.elem)})`;
        return this.isComposite(u.elem) ? r : r;
      }
    }
    if (x.kind === 'TypeAssertExpr') return this.typeAssert(x, true);
    return this.expr(x);
  }

  expr(e: A.Expr): string {
    const tv = this.info.types.get(e);
    if (e.kind === 'CallExpr' && e.args.length === 1 && tv?.mode === 'constant') {
      // len of a string literal counts its bytes, including escapes that are not valid UTF-8.
      const f = unparen(e.fun);
      const arg = unparen(e.args[0]);
      if (f.kind === 'Ident' && f.name === 'len' && arg.kind === 'BasicLit' && arg.litKind === 'STRING') {
        const bytes = unquoteBytes(arg.value);
        if (bytes !== null) return String(bytes.length);
      }
    }
    if (tv !== undefined && tv.mode === 'constant' && tv.value !== undefined) return this.constant(tv.value, tv.type, e);
    if (tv?.mode === 'nil') return 'null';
    switch (e.kind) {
      case 'ParenExpr': return this.expr(e.x);
      case 'Ident': return this.ident(e);
      case 'BasicLit': return this.error(e, 'literal without a constant value');
      case 'FuncLit': return this.funcLit(e);
      case 'CompositeLit': return this.compositeLit(e);
      case 'SelectorExpr': return this.selector(e);
      case 'IndexExpr': return this.index(e);
      case 'SliceExpr': return this.sliceExpr(e);
      case 'TypeAssertExpr': return this.typeAssert(e, false);
      case 'CallExpr': return this.call(e);
      case 'StarExpr': {
        const t = this.typeOf(e);
        return this.isComposite(t) ? `$L.nn(${this.expr(e.x)})` : `$L.nn(${this.expr(e.x)}).v`;
      }
      case 'UnaryExpr': return this.unary(e);
      case 'BinaryExpr': return this.binary(e);
      default: return this.error(e, `unsupported expression ${e.kind}`);
    }
  }

  private ident(e: A.Ident): string {
    if (e.name.startsWith('\u0000')) return e.name.slice(1);
    const obj = this.info.uses.get(e) ?? this.info.defs.get(e);
    if (obj === undefined || obj === null) return this.error(e, `undefined: ${e.name}`);
    switch (obj.kind) {
      case 'var': {
        if (obj.pkg === null && obj.name === 'msg') return '$msg';
        const js = this.prog.nameOf(obj);
        return this.prog.escapes.boxed.has(obj as T.Var) ? `${js}.v` : js;
      }
      case 'func': return this.prog.nameOf(obj);
      case 'nil': return 'null';
      case 'const': return this.constant((obj as T.Const).value, obj.type, e);
      default: return this.error(e, `${e.name} is not a value`);
    }
  }

  private constant(v: T.ConstValue, type: T.Type, e: A.Expr): string {
    if (T.isInterface(type)) {
      const dt = constDefault(v);
      return `new $L.Iface(${this.t(dt)}, ${this.constant(v, dt, e)})`;
    }
    const u = T.underlying(type);
    if (!(u instanceof T.Basic)) return this.error(e, 'constant of non-basic type');
    if ((u.info & T.BasicInfo.IsString) !== 0) {
      const raw = unparen(e);
      const text = raw.kind === 'BasicLit' && raw.litKind === 'STRING' ? unquoteBytes(raw.value) : null;
      return jsStringLiteral(text ?? toBytes(v.kind === 'string' ? v.value : ''));
    }
    if ((u.info & T.BasicInfo.IsBoolean) !== 0) return v.kind === 'bool' && v.value ? 'true' : 'false';
    if ((u.info & T.BasicInfo.IsComplex) !== 0) {
      const re = v.kind === 'complex' ? T.ratToNumber(v.re) : (() => { const r = T.toRat(v); return r === null ? 0 : T.ratToNumber(r); })();
      const im = v.kind === 'complex' ? T.ratToNumber(v.im) : 0;
      const round = u.kind === T.BasicKind.Complex64 ? Math.fround : (x: number) => x;
      return `new $L.Complex(${numberLiteral(round(re))}, ${numberLiteral(round(im))})`;
    }
    if ((u.info & T.BasicInfo.IsFloat) !== 0) {
      const rat = T.toRat(v);
      let n = rat === null ? 0 : T.ratToNumber(rat);
      if (u.kind === T.BasicKind.Float32) n = Math.fround(n);
      return numberLiteral(n);
    }
    if ((u.info & T.BasicInfo.IsInteger) !== 0) {
      const b = T.bigintValue(v) ?? 0n;
      if (b <= 9007199254740991n && b >= -9007199254740991n) return numberLiteral(Number(b));
      return `${b}n`;
    }
    return this.error(e, 'unsupported constant');
  }

  private funcLit(e: A.FuncLit): string {
    const sig = this.typeOf(e) as T.Signature;
    const name = `${this.goName}.func${++this.literalCount}`;
    const inner = new FuncEmitter(this.prog, this.pkg, this.file, sig, name);
    // Closures see the enclosing locals (for the debugger's locals view too).
    inner.scopes[0] = this.visibleLocals();
    const js = inner.emitFunction(this.prog.fresh('lit'), undefined, e.type, e.body);
    return `(${js.split('\n').join('\n' + '  '.repeat(this.indent))})`;
  }

  private compositeLit(e: A.CompositeLit): string {
    let type = this.typeOf(e);
    let u = T.underlying(type);
    if (u instanceof T.Pointer) {
      type = u.elem;
      u = T.underlying(type);
    }
    if (u instanceof T.Struct) {
      const fields = u.fields;
      const values: string[] = fields.map(() => 'undefined');
      const targets = e.elts.map((elt, i) => (elt.kind === 'KeyValueExpr' ? fields.findIndex((f) => f.name === (elt.key as A.Ident).name) : i));
      const exprs = e.elts.map((elt) => (elt.kind === 'KeyValueExpr' ? elt.value : elt));
      const { pre, codes } = this.ordered(exprs, (x, i) => (targets[i] >= 0 && targets[i] < fields.length ? this.valueTo(x, fields[targets[i]].type) : this.expr(x)));
      codes.forEach((code, i) => {
        if (targets[i] >= 0 && targets[i] < fields.length) values[targets[i]] = code;
      });
      fields.forEach((f, i) => {
        if (values[i] === 'undefined' && !this.isComposite(f.type)) values[i] = this.zero(f.type);
      });
      while (values.length > 0 && values[values.length - 1] === 'undefined') values.pop();
      const made = `new ${this.t(type)}.ctor(${values.join(', ')})`;
      return pre.length === 0 ? made : `(${pre.join(', ')}, ${made})`;
    }
    if (u instanceof T.ArrayType || u instanceof T.Slice) {
      const elem = u.elem;
      let keyed = false;
      let index = 0;
      let max = 0;
      const pairs: string[] = [];
      const plain: string[] = [];
      const { pre, codes } = this.ordered(e.elts.map((elt) => (elt.kind === 'KeyValueExpr' ? elt.value : elt)), (x) => this.valueTo(x, elem));
      e.elts.forEach((elt, i) => {
        if (elt.kind === 'KeyValueExpr') {
          keyed = true;
          const k = this.info.types.get(elt.key)?.value;
          index = k !== undefined ? Number(T.bigintValue(k) ?? 0n) : index;
          pairs.push(String(index), codes[i]);
        } else {
          pairs.push(String(index), codes[i]);
          plain.push(codes[i]);
        }
        index++;
        if (index > max) max = index;
      });
      const withPre = (code: string): string => (pre.length === 0 ? code : `(${pre.join(', ')}, ${code})`);
      const len = u instanceof T.ArrayType ? u.len : max;
      if (u instanceof T.ArrayType) {
        if (!keyed && plain.length === len) return withPre(`[${plain.join(', ')}]`);
        return withPre(`$L.mkKeyed(${this.t(elem)}, ${len}, [${pairs.join(', ')}])`);
      }
      if (!keyed) return withPre(`$L.mkSlice([${plain.join(', ')}])`);
      return withPre(`$L.mkSlice($L.mkKeyed(${this.t(elem)}, ${len}, [${pairs.join(', ')}]))`);
    }
    if (u instanceof T.MapType) {
      const flat: A.Expr[] = [];
      for (const elt of e.elts) if (elt.kind === 'KeyValueExpr') flat.push(elt.key, elt.value);
      // gc fills a map literal entry by entry, in source order (no reordering of calls).
      const codes = flat.map((x, i) => this.valueTo(x, i % 2 === 0 ? u.key : u.elem));
      return `$L.mkMap(${this.t(type)}, [${codes.join(', ')}])`;
    }
    return this.error(e, `invalid composite literal type ${T.typeString(type)}`);
  }

  /** The code of the struct object holding the field at the end of `index`, and the field's key. */
  private fieldBase(x: A.Expr, index: number[]): { code: string; key: string } {
    let code = this.expr(x);
    let t = this.typeOf(x);
    for (let i = 0; i < index.length; i++) {
      let u = T.underlying(t);
      if (u instanceof T.Pointer) {
        code = `$L.nn(${code})`;
        t = u.elem;
        u = T.underlying(t);
      }
      const s = u as T.Struct;
      const f = s.fields[index[i]];
      const key = fieldKey(f.embedded ? embeddedName(f.type) : f.name, index[i]);
      if (i === index.length - 1) return { code, key };
      code = `${code}${prop(key)}`;
      t = f.type;
    }
    return { code, key: '?' };
  }

  /** Code and type of `x` followed through the embedded fields `path`. */
  private embeddedPath(x: A.Expr, path: number[]): { code: string; type: T.Type } {
    return walkEmbedded(this.expr(x), this.typeOf(x), path);
  }

  private selector(e: A.SelectorExpr): string {
    const sel = this.info.selections.get(e);
    if (sel === undefined) return this.ident(e.sel); // qualified identifier
    if (sel.kind === 'field') {
      const { code, key } = this.fieldBase(e.x, sel.index);
      return `${code}${prop(key)}`;
    }
    if (sel.kind === 'method') {
      const { callee, recv } = this.methodCallee(e, sel, true);
      if (recv === null) return callee;
      return `$L.bindMethod(${callee}, ${recv})`;
    }
    // Method expression T.M or (*T).M: a function taking the receiver first.
    const m = sel.obj as T.Func;
    const recvT = sel.recv;
    if (T.isInterface(recvT)) return `((r, ...a) => $L.nn(r).t.methods${prop(m.name)}(r.v, ...a))`;
    const wantPtr = m.recv !== null && T.underlying(m.recv.type) instanceof T.Pointer;
    const fn = this.methodName(m);
    if (sel.index.length > 1) {
      // A promoted method: walk the embedded fields from the receiver argument.
      const walked = walkEmbedded('r', recvT, sel.index.slice(0, -1));
      let code = walked.code;
      const t = walked.type;
      if (T.isInterface(t)) return `((r, ...a) => { const x = $L.nn(${code}); return x.t.methods${prop(m.name)}(x.v, ...a); })`;
      const tPtr = T.underlying(t) instanceof T.Pointer;
      if (!wantPtr && tPtr) code = this.isComposite((T.underlying(t) as T.Pointer).elem) ? `$L.nn(${code})` : `$L.nn(${code}).v`;
      return `((r, ...a) => ${fn}(${code}, ...a))`;
    }
    const havePtr = T.underlying(recvT) instanceof T.Pointer;
    if (wantPtr === havePtr) return fn;
    if (havePtr && !wantPtr) {
      const elem = (T.underlying(recvT) as T.Pointer).elem;
      return this.isComposite(elem) ? `((r, ...a) => ${fn}($L.nn(r), ...a))` : `((r, ...a) => ${fn}($L.nn(r).v, ...a))`;
    }
    return fn;
  }

  private methodName(m: T.Func): string {
    const name = this.prog.nameOf(m);
    this.prog.methodNames.set(m, name);
    return name;
  }

  /**
   * For a method selection `x.M`: the function to call and the receiver argument (null when the
   * callee is already bound, as for an interface's method read through a temp).
   */
  private methodCallee(e: A.SelectorExpr, sel: T.Selection, copyRecv = false): { callee: string; recv: string | null } {
    const r = this.methodCalleeRaw(e, sel);
    const m = sel.obj as T.Func;
    if (!copyRecv || r.recv === null || m.recv === null) return r;
    const rt = m.recv.type;
    if (this.isComposite(rt)) return { callee: r.callee, recv: `${this.t(rt)}.clone(${r.recv})` };
    return r;
  }

  private methodCalleeRaw(e: A.SelectorExpr, sel: T.Selection): { callee: string; recv: string | null } {
    const m = sel.obj as T.Func;
    const path = sel.index.slice(0, -1);
    const { code, type } = this.embeddedPath(e.x, path);
    if (T.isInterface(type)) {
      const tmp = this.temp();
      return { callee: `(${tmp} = $L.nn(${code})).t.methods${prop(m.name)}`, recv: `${tmp}.v` };
    }
    const wantPtr = m.recv !== null && T.underlying(m.recv.type) instanceof T.Pointer;
    const havePtr = T.underlying(type) instanceof T.Pointer;
    const fn = this.methodName(m);
    if (wantPtr && havePtr) return { callee: fn, recv: code };
    if (!wantPtr && !havePtr) return { callee: fn, recv: code };
    if (!wantPtr && havePtr) {
      const elem = (T.underlying(type) as T.Pointer).elem;
      return { callee: fn, recv: this.isComposite(elem) ? `$L.nn(${code})` : `$L.nn(${code}).v` };
    }
    // Pointer method on an addressable value.
    if (this.isComposite(type)) return { callee: fn, recv: code };
    const x = unparen(e.x);
    if (path.length === 0 && x.kind === 'Ident') {
      const obj = this.info.uses.get(x);
      if (obj !== undefined && obj.kind === 'var' && this.prog.escapes.boxed.has(obj as T.Var)) return { callee: fn, recv: this.prog.nameOf(obj) };
    }
    return { callee: fn, recv: this.addressOf(e.x) };
  }

  private index(e: A.IndexExpr): string {
    const xt = this.typeOf(e.x);
    const u = T.underlying(xt);
    if (u instanceof T.MapType) return this.mapGet(this.expr(e.x), this.valueTo(e.index, u.key), u.elem);
    if (u instanceof T.Slice) return `$L.sget(${this.expr(e.x)}, ${this.expr(e.index)})`;
    if (u instanceof T.Basic) return `$L.strAt(${this.expr(e.x)}, ${this.expr(e.index)})`;
    let arr = this.expr(e.x);
    let len = u instanceof T.ArrayType ? u.len : 0;
    if (u instanceof T.Pointer) {
      arr = `$L.nn(${arr})`;
      const pu = T.underlying(u.elem);
      len = pu instanceof T.ArrayType ? pu.len : 0;
    }
    if (this.info.types.get(e.index)?.mode === 'constant') return `${arr}[${this.expr(e.index)}]`;
    return `$L.aget(${arr}, ${this.expr(e.index)}, ${len})`;
  }

  private mapGet(m: string, k: string, elem: T.Type): string {
    if (this.isComposite(elem)) return `$L.mgetz(${m}, ${k}, ${this.t(elem)})`;
    return `$L.mget(${m}, ${k}, ${this.zero(elem)})`;
  }

  private sliceExpr(e: A.SliceExpr): string {
    const u = T.underlying(this.typeOf(e.x));
    const low = e.low !== undefined ? this.expr(e.low) : '0';
    const high = e.high !== undefined ? this.expr(e.high) : 'undefined';
    if (u instanceof T.Basic) return `$L.sliceStr(${this.expr(e.x)}, ${low}, ${high})`;
    if (u instanceof T.Slice) {
      if (e.slice3) return `$L.sliceS3(${this.expr(e.x)}, ${low}, ${high}, ${this.expr(e.max!)})`;
      return `$L.sliceS(${this.expr(e.x)}, ${low}, ${high})`;
    }
    let arr = this.expr(e.x);
    if (u instanceof T.Pointer) arr = `$L.nn(${arr})`;
    if (e.slice3) return `$L.sliceA3(${arr}, ${low}, ${high}, ${this.expr(e.max!)})`;
    return `$L.sliceA(${arr}, ${low}, ${high})`;
  }

  private typeAssert(e: A.TypeAssertExpr, commaOk: boolean): string {
    const target = e.type !== undefined ? this.typeOf(e.type) : this.typeOf(e);
    const x = this.expr(e.x);
    const staticType = JSON.stringify(this.prog.types.of(this.typeOf(e.x)).toString());
    if (commaOk) {
      const tmp = this.temp();
      if (T.isInterface(target)) return `(${tmp} = ${x}, $L.implementsT(${tmp}, ${this.t(target)}) ? [${tmp}, true] : [null, false])`;
      return `(${tmp} = ${x}, ${tmp} !== null && ${tmp}.t === ${this.t(target)} ? [${tmp}.v, true] : [${this.zero(target)}, false])`;
    }
    if (T.isInterface(target)) return `$L.assertIface(${x}, ${this.t(target)}, ${staticType})`;
    return `$L.assertType(${x}, ${this.t(target)}, ${staticType})`;
  }

  private addressOf(x: A.Expr): string {
    x = unparen(x);
    const t = this.typeOf(x);
    if (x.kind === 'CompositeLit') return this.compositeLit(x);
    if (this.isComposite(t)) return this.expr(x);
    if (x.kind === 'Ident') {
      const obj = this.info.uses.get(x) ?? this.info.defs.get(x);
      if (obj !== undefined && obj !== null && obj.kind === 'var' && this.prog.escapes.boxed.has(obj as T.Var)) return this.prog.nameOf(obj);
      return `new $L.Box(${this.expr(x)})`;
    }
    if (x.kind === 'StarExpr') return this.expr(x.x);
    if (x.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(x);
      if (sel !== undefined && sel.kind === 'field') {
        const { code, key } = this.fieldBase(x.x, sel.index);
        return `new $L.FieldRef(${code}, ${JSON.stringify(key)})`;
      }
      const obj = this.info.uses.get(x.sel);
      if (obj !== undefined && obj.kind === 'var' && this.prog.escapes.boxed.has(obj as T.Var)) return this.prog.nameOf(obj);
    }
    if (x.kind === 'IndexExpr') {
      const u = T.underlying(this.typeOf(x.x));
      if (u instanceof T.Slice) return `$L.eref(${this.expr(x.x)}, ${this.expr(x.index)})`;
      if (u instanceof T.ArrayType) return `$L.aref(${this.expr(x.x)}, ${this.expr(x.index)})`;
      if (u instanceof T.Pointer) return `$L.aref($L.nn(${this.expr(x.x)}), ${this.expr(x.index)})`;
    }
    return `new $L.Box(${this.expr(x)})`;
  }

  private unary(e: A.UnaryExpr): string {
    if (e.op === '&') return this.addressOf(e.x);
    const x = this.expr(e.x);
    const t = this.typeOf(e);
    const k = numKind(t);
    switch (e.op) {
      case '!': return `!${paren(x)}`;
      case '+': return x;
      case '-':
        switch (k) {
          case 'i64': return `$I.negS(${x})`;
          case 'u64': return `$I.negU(${x})`;
          case 'f64': case 'f32': return `(-${paren(x)})`;
          case 'c128': case 'c64': return `$L.cneg(${x})`;
          default: return wrapSmall(k, `-${paren(x)}`);
        }
      case '^':
        switch (k) {
          case 'i64': return `$I.notS(${x})`;
          case 'u64': return `$I.notU(${x})`;
          default: return wrapSmall(k, `~${paren(x)}`);
        }
      default: return this.error(e, `unsupported operator ${e.op}`);
    }
  }

  private binary(e: A.BinaryExpr): string {
    const op = e.op;
    if (op === '&&' || op === '||') return `(${this.expr(e.x)} ${op} ${this.expr(e.y)})`;
    const xt = this.typeOf(e.x);
    const yt = this.typeOf(e.y);
    // gc evaluates the calls of an expression before its plain operands: in `x + f()`, x is read
    // after f ran. Hoist the right operand into a temp when only it calls.
    let pre = '';
    let xCode: string;
    let yCode: string;
    if (this.hasCall(e.y) && !this.hasCall(e.x) && this.info.types.get(e.x)?.mode !== 'constant') {
      const tmp = this.temp();
      pre = `${tmp} = ${this.expr(e.y)}, `;
      yCode = tmp;
      xCode = this.expr(e.x);
    } else {
      xCode = this.expr(e.x);
      yCode = this.expr(e.y);
    }
    const wrap = (code: string): string => (pre === '' ? code : `(${pre}${code})`);
    if (op === '==' || op === '!=') {
      const xm = this.info.types.get(e.x)?.mode;
      const ym = this.info.types.get(e.y)?.mode;
      if (ym === 'nil') return `(${xCode} ${op}= null)`;
      if (xm === 'nil') return `(${yCode} ${op}= null)`;
      return wrap(this.equality(xCode, xt, yCode, yt, op === '!='));
    }
    if (op === '<' || op === '<=' || op === '>' || op === '>=') return wrap(`(${xCode} ${op} ${yCode})`);
    return wrap(this.arith(op, xCode, yCode, this.typeOf(e), yt, e));
  }

  /** Go's == (or != with `negate`) between two operands of the given static types. */
  equality(a: string, at: T.Type, b: string, bt: T.Type, negate: boolean): string {
    const not = negate ? '!' : '';
    const ai = T.isInterface(at);
    const bi = T.isInterface(bt);
    if (ai && bi) return `${not}$L.ifaceEqual(${a}, ${b})`;
    if (ai) return `${not}$L.eqIfaceConcrete(${a}, ${this.t(T.defaultType(bt))}, ${b})`;
    if (bi) return `${not}$L.eqIfaceConcrete(${b}, ${this.t(T.defaultType(at))}, ${a})`;
    const u = T.underlying(at);
    if (u instanceof T.Struct || u instanceof T.ArrayType) return `${not}${this.t(at)}.equal(${a}, ${b})`;
    if (u instanceof T.Pointer && !this.isComposite(u.elem)) return `${not}$L.pointerEqual(${a}, ${b})`;
    if (u instanceof T.Basic && (u.info & T.BasicInfo.IsComplex) !== 0) return `${not}$L.ceq(${a}, ${b})`;
    return `(${a} ${negate ? '!==' : '==='} ${b})`;
  }

  /** Arithmetic `a op b` on operands of type `t` (the shift count has type `bt`). */
  arith(op: string, a: string, b: string, t: T.Type, bt: T.Type, node: A.Node): string {
    const k = numKind(t);
    void bt;
    if (k === 'str') {
      if (op === '+') {
        // Charged by the result's length (Go copies both operands), inline: concatenation is hot.
        const r = this.temp();
        return `((${r} = ${a} + ${b}), ($rt.gas -= ${r}.length >>> 3) < 0 ? $rt.outOfGas() : ${r})`;
      }
      return this.error(node, `operator ${op} not defined on strings`);
    }
    if (k === 'c128' || k === 'c64') {
      const fn = ({ '+': 'cadd', '-': 'csub', '*': 'cmul', '/': 'cdiv' } as Record<string, string>)[op];
      if (fn === undefined) return this.error(node, `operator ${op} not defined on complex numbers`);
      return k === 'c64' ? `$L.c64($L.${fn}(${a}, ${b}))` : `$L.${fn}(${a}, ${b})`;
    }
    if (k === 'f64' || k === 'f32') {
      const r = `(${a} ${op} ${b})`;
      return k === 'f32' ? `Math.fround${r}` : r;
    }
    if (k === 'i64' || k === 'u64') {
      const s = k === 'i64' ? 'S' : 'U';
      const fn = ({ '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '&': 'and', '|': 'or', '^': 'xor', '&^': 'andNot', '<<': 'shl', '>>': 'shr' } as Record<string, string>)[op];
      if (fn === undefined) return this.error(node, `unsupported operator ${op}`);
      if (op === '/' || op === '%') return `$I.${fn}${s}(${a}, ${nonZeroLiteral(b) ? b : `$L.dz(${b})`})`;
      return `$I.${fn}${s}(${a}, ${b})`;
    }
    if (k === 'other') return this.error(node, `operator ${op} on ${T.typeString(t)}`);
    const signed = k[0] === 's';
    switch (op) {
      case '+': case '-': return wrapSmall(k, `${paren(a)} ${op} ${paren(b)}`);
      case '*': return wrapSmall(k, `Math.imul(${a}, ${b})`);
      case '/': {
        const d = nonZeroLiteral(b) ? b : `$L.dz(${b})`;
        return signed ? wrapSmall(k, `${paren(a)} / ${d}`) : `((${a} / ${d}) >>> 0)`;
      }
      case '%': {
        const d = nonZeroLiteral(b) ? b : `$L.dz(${b})`;
        return signed ? `((${a} % ${d}) | 0)` : `(${a} % ${d})`;
      }
      case '&': case '|': case '^': return wrapSmall(k, `${paren(a)} ${op} ${paren(b)}`);
      case '&^': return wrapSmall(k, `${paren(a)} & ~${paren(b)}`);
      case '<<': return wrapSmall(k, `$L.shl32(${a}, ${b})`);
      case '>>': return signed ? `$L.shr32(${a}, ${b})` : `$L.shru32(${a}, ${b})`;
      default: return this.error(node, `unsupported operator ${op}`);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Calls

  private call(e: A.CallExpr): string {
    const kind = this.info.calls.get(e);
    if (kind === 'conversion') return this.conversion(e);
    if (kind === 'builtin') return this.builtin(e);
    const fun = unparen(e.fun);
    if (fun.kind === 'Ident' || fun.kind === 'SelectorExpr') {
      const obj = fun.kind === 'Ident' ? this.info.uses.get(fun) : this.info.uses.get(fun.sel);
      if (obj !== undefined && obj.kind === 'builtin') return this.builtin(e);
      if (obj !== undefined && obj.kind === 'typename') return this.conversion(e);
    }
    const { callee, recv } = this.calleeParts(e);
    const { pre, list } = this.args(e);
    const args = recv !== null ? [recv, ...list] : list;
    let code = `${callee}(${args.join(', ')})`;
    // A call that may run another package's code switches gas attribution back on return.
    if (this.prog.options.attribution && !this.isSamePackageStatic(e)) code = `$rt.ret(${code}, ${this.pkgIdx})`;
    return pre !== null ? `(${pre}, ${code})` : code;
  }

  private isSamePackageStatic(e: A.CallExpr): boolean {
    const fun = unparen(e.fun);
    let obj: T.TypeObject | undefined;
    if (fun.kind === 'Ident') obj = this.info.uses.get(fun);
    else if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel === undefined) obj = this.info.uses.get(fun.sel);
      else if (sel.kind === 'method') {
        const path = sel.index.slice(0, -1);
        let t = sel.recv;
        for (const idx of path) {
          let u = T.underlying(t);
          if (u instanceof T.Pointer) u = T.underlying(u.elem);
          t = (u as T.Struct).fields[idx].type;
        }
        if (T.isInterface(t)) return false;
        obj = sel.obj;
      }
    }
    return obj !== undefined && obj.kind === 'func' && obj.pkg === this.pkg.pkg && !(obj as T.Func).external;
  }

  private calleeParts(e: A.CallExpr, copyRecv = false): { callee: string; recv: string | null } {
    const fun = unparen(e.fun);
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel !== undefined && sel.kind === 'method') return this.methodCallee(fun, sel, copyRecv);
      if (sel === undefined) {
        const obj = this.info.uses.get(fun.sel);
        if (obj !== undefined && obj.kind === 'func') return { callee: this.prog.nameOf(obj), recv: null };
      }
    }
    if (fun.kind === 'Ident') {
      const obj = this.info.uses.get(fun);
      if (obj !== undefined && obj.kind === 'func') return { callee: this.prog.nameOf(obj), recv: null };
    }
    return { callee: `$L.nf(${this.expr(fun)})`, recv: null };
  }

  private args(e: A.CallExpr): { pre: string | null; list: string[] } {
    const ft = T.underlying(this.typeOf(e.fun));
    if (!(ft instanceof T.Signature)) return { pre: null, list: e.args.map((a) => this.valueFor(a)) };
    const params = ft.params.vars.map((v) => v.type);
    const variadic = ft.variadic;
    let values: { code: string; type: T.Type; expr?: A.Expr }[];
    let pre: string | null = null;
    if (e.args.length === 1 && this.typeOf(e.args[0]) instanceof T.Tuple) {
      const tuple = this.typeOf(e.args[0]) as T.Tuple;
      const tmp = this.temp();
      pre = `${tmp} = ${this.expr(e.args[0])}`;
      values = tuple.vars.map((v, i) => ({ code: `${tmp}[${i}]`, type: v.type }));
    } else {
      values = e.args.map((a) => ({ code: '', type: this.typeOf(a), expr: a }));
      // The gc toolchain evaluates the arguments that contain calls first, then reads the plain
      // operands: `fmt.Println(x, f())` prints x as f left it. Match it.
      if (values.length > 1 && values.some((v) => !this.hasCall(v.expr!)) && values.some((v) => this.hasCall(v.expr!))) {
        const pres: string[] = [];
        values = values.map((v, i) => {
          if (!this.hasCall(v.expr!)) return v;
          const to = !variadic || e.ellipsis >= 0 || i < params.length - 1 ? params[Math.min(i, params.length - 1)] : (T.underlying(params[params.length - 1]) as T.Slice).elem;
          const tmp = this.temp();
          pres.push(`${tmp} = ${this.valueTo(v.expr!, to ?? v.type)}`);
          return { code: tmp, type: to ?? v.type };
        });
        pre = pres.join(', ');
      }
    }
    const render = (v: { code: string; type: T.Type; expr?: A.Expr }, to: T.Type): string =>
      v.expr !== undefined ? this.valueTo(v.expr, to) : this.coerce(v.code, v.type, to);
    if (!variadic || e.ellipsis >= 0) {
      return { pre, list: values.map((v, i) => render(v, params[Math.min(i, params.length - 1)] ?? v.type)) };
    }
    const fixed = params.length - 1;
    const list = values.slice(0, fixed).map((v, i) => render(v, params[i]));
    const elem = (T.underlying(params[fixed]) as T.Slice).elem;
    const rest = values.slice(fixed).map((v) => render(v, elem));
    list.push(rest.length === 0 ? 'null' : `$L.mkSlice([${rest.join(', ')}])`);
    return { pre, list };
  }

  /**
   * Renders `exprs` in gc's order: when some contain calls and others are plain operands, the
   * calling ones run first (into temps, in order); `pre` holds those assignments.
   */
  private ordered(exprs: A.Expr[], render: (e: A.Expr, i: number) => string): { pre: string[]; codes: string[] } {
    const calls = exprs.map((e) => this.hasCall(e));
    const plain = exprs.some((e, i) => !calls[i] && this.info.types.get(e)?.mode !== 'constant');
    if (!plain || !calls.some((c) => c)) return { pre: [], codes: exprs.map(render) };
    const pre: string[] = [];
    const hoisted = exprs.map((e, i) => {
      if (!calls[i]) return null;
      const tmp = this.temp();
      pre.push(`${tmp} = ${render(e, i)}`);
      return tmp;
    });
    return { pre, codes: exprs.map((e, i) => hoisted[i] ?? render(e, i)) };
  }

  /** Whether evaluating `e` calls a function (conversions and len/cap do not count). */
  private hasCall(e: A.Expr): boolean {
    let found = false;
    const visit = (n: A.Expr): void => {
      if (found) return;
      switch (n.kind) {
        case 'CallExpr': {
          const kind = this.info.calls.get(n);
          if (kind === 'call' || kind === undefined) {
            found = true;
            return;
          }
          if (kind === 'builtin') {
            const f = unparen(n.fun);
            if (!(f.kind === 'Ident' && (f.name === 'len' || f.name === 'cap'))) {
              found = true;
              return;
            }
          }
          n.args.forEach(visit);
          return;
        }
        case 'ParenExpr': case 'StarExpr': case 'UnaryExpr': visit(n.x); return;
        case 'BinaryExpr': visit(n.x); visit(n.y); return;
        case 'SelectorExpr': visit(n.x); return;
        case 'IndexExpr': visit(n.x); visit(n.index); return;
        case 'SliceExpr': visit(n.x); if (n.low) visit(n.low); if (n.high) visit(n.high); if (n.max) visit(n.max); return;
        case 'TypeAssertExpr': visit(n.x); return;
        case 'CompositeLit': n.elts.forEach(visit); return;
        case 'KeyValueExpr': visit(n.key); visit(n.value); return;
        default: return;
      }
    };
    visit(e);
    return found;
  }

  private conversion(e: A.CallExpr): string {
    const to = this.typeOf(e);
    const arg = e.args[0];
    const from = this.typeOf(arg);
    if (this.info.types.get(arg)?.mode === 'nil') return 'null';
    return this.convert(this.expr(arg), from, to, e);
  }

  convert(code: string, from: T.Type, to: T.Type, node: A.Node): string {
    if (T.isInterface(to)) return this.coerce(code, from, to);
    const fu = T.underlying(from);
    const tu = T.underlying(to);
    if (tu instanceof T.Basic && (tu.info & T.BasicInfo.IsString) !== 0) {
      if (fu instanceof T.Basic && (fu.info & T.BasicInfo.IsString) !== 0) return code;
      if (fu instanceof T.Basic && (fu.info & T.BasicInfo.IsInteger) !== 0) return `$L.runeToStr(${code})`;
      if (fu instanceof T.Slice) {
        const ek = T.underlying(fu.elem) as T.Basic;
        return ek.kind === T.BasicKind.Int32 ? `$L.runesToStr(${code})` : `$L.bytesToStr(${code})`;
      }
    }
    if (tu instanceof T.Slice && fu instanceof T.Basic && (fu.info & T.BasicInfo.IsString) !== 0) {
      const ek = T.underlying(tu.elem) as T.Basic;
      return ek.kind === T.BasicKind.Int32 ? `$L.strToRunes(${code})` : `$L.strToBytes(${code})`;
    }
    const fk = numKind(from);
    const tk = numKind(to);
    if (tk === 'other' || tk === 'str' || fk === 'other' || fk === 'str') return code;
    if (tk === fk) return code;
    if (tk === 'c64') return `$L.c64(${code})`;
    if (tk === 'c128' || fk === 'c64' || fk === 'c128') return code;
    const fromFloat = fk === 'f64' || fk === 'f32';
    if (tk === 'f64') return fromFloat ? code : fk === 'i64' || fk === 'u64' ? `$I.toNumber(${code})` : code;
    if (tk === 'f32') return `Math.fround(${fromFloat ? code : `$I.toNumber(${code})`})`;
    if (fromFloat) {
      if (tk === 'i64') return `$I.floatToS64(${code})`;
      if (tk === 'u64') return `$I.floatToU64(${code})`;
      return `$I.${tk[0] === 's' ? 'toSmallS' : 'toSmallU'}($L.f2i(${code}), ${tk.slice(1)})`;
    }
    if (tk === 'i64') return fk === 'u64' ? `$I.toS64(${code})` : code;
    if (tk === 'u64') return fk[0] === 'u' && fk !== 'u64' ? code : `$I.toU64(${code})`;
    const bits = Number(tk.slice(1));
    const fbits = fk === 'i64' || fk === 'u64' ? 64 : Number(fk.slice(1));
    // Widening within the same signedness, or unsigned to a wider signed, keeps the value.
    if (fbits < bits && (fk[0] === tk[0] || (fk[0] === 'u' && tk[0] === 's'))) return code;
    if (fbits === 64) return `$I.${tk[0] === 's' ? 'toSmallS' : 'toSmallU'}(${code}, ${bits})`;
    void node;
    return wrapSmall(tk, code);
  }

  private builtin(e: A.CallExpr): string {
    const fun = unparen(e.fun);
    const id = fun.kind === 'Ident' ? fun.name : fun.kind === 'SelectorExpr' ? fun.sel.name : '';
    const obj = fun.kind === 'Ident' ? (this.info.uses.get(fun) as T.Builtin | undefined) : undefined;
    const name = obj?.id ?? id;
    const arg = (i: number): string => this.expr(e.args[i]);
    const deferred = this.deferredRaw.get(e);
    const argType = (i: number): T.Type => deferred?.[i]?.type ?? this.typeOf(e.args[i]);
    switch (name) {
      case 'len': case 'cap': {
        const u = T.underlying(argType(0));
        if (u instanceof T.Basic) return `${paren(arg(0))}.length`;
        if (u instanceof T.Slice) return name === 'len' ? `$L.slen(${arg(0)})` : `$L.scap(${arg(0)})`;
        if (u instanceof T.MapType) return `$L.mlen(${arg(0)})`;
        if (u instanceof T.ArrayType) return String(u.len);
        if (u instanceof T.Pointer) {
          const pu = T.underlying(u.elem);
          return pu instanceof T.ArrayType ? String(pu.len) : '0';
        }
        return this.error(e, `invalid argument for ${name}`);
      }
      case 'append': {
        const st = this.typeOf(e);
        const elem = (T.underlying(st) as T.Slice).elem;
        const s = arg(0);
        if (e.args.length === 1) return s;
        if (e.ellipsis >= 0) {
          const rest = e.args[1];
          const ru = T.underlying(argType(1));
          const items = ru instanceof T.Basic ? `$L.strToBytes(${this.expr(rest)})` : this.expr(rest);
          return `$L.appendSlice(${this.t(elem)}, ${s}, $L.sliceCopyItems(${items}))`;
        }
        const items = e.args.slice(1).map((a) => (deferred ? this.expr(a) : this.valueTo(a, elem)));
        if (items.length === 1) return `$L.appendOne(${this.t(elem)}, ${s}, ${items[0]})`;
        return `$L.appendSlice(${this.t(elem)}, ${s}, [${items.join(', ')}])`;
      }
      case 'copy': {
        const dt = T.underlying(argType(0)) as T.Slice;
        const su = T.underlying(argType(1));
        const src = su instanceof T.Basic ? `$L.strToBytes(${arg(1)})` : arg(1);
        return `$L.copySlice(${this.t(dt.elem)}, ${arg(0)}, ${src})`;
      }
      case 'delete': {
        const mt = T.underlying(argType(0)) as T.MapType;
        return `$L.mdel(${arg(0)}, ${deferred ? arg(1) : this.valueTo(e.args[1], mt.key)})`;
      }
      case 'make': {
        const t = this.typeOf(e);
        const u = T.underlying(t);
        if (u instanceof T.Slice) return `$L.makeS(${this.t(u.elem)}, ${e.args.length > 1 ? arg(1) : '0'}, ${e.args.length > 2 ? arg(2) : 'undefined'})`;
        if (u instanceof T.MapType) return `$L.mkMap(${this.t(t)}, [])`;
        return this.error(e, 'channels are not supported in Amigos');
      }
      case 'new': {
        const t = (T.underlying(this.typeOf(e)) as T.Pointer).elem;
        return this.isComposite(t) ? `${this.t(t)}.zero()` : `new $L.Box(${this.zero(t)})`;
      }
      case 'panic': {
        const v = deferred ? this.coerce(arg(0), argType(0), T.anyType) : this.valueTo(e.args[0], T.anyType);
        return `$L.throwPanic(${v})`;
      }
      case 'recover': return '$rt.recover()';
      case 'print': case 'println': {
        const parts = e.args.map((a, i) => `$L.printValue(${this.expr(a)}, ${this.t(T.defaultType(argType(i)))})`);
        const sep = name === 'println' ? " + ' ' + " : ' + ';
        const text = parts.length === 0 ? "''" : parts.join(sep);
        return `$rt.host.stderr(${text}${name === 'println' ? " + '\\n'" : ''})`;
      }
      case 'complex': {
        const c = `new $L.Complex(${arg(0)}, ${arg(1)})`;
        return numKind(this.typeOf(e)) === 'c64' ? `$L.c64(${c})` : c;
      }
      case 'real': return `${paren(arg(0))}.re`;
      case 'imag': return `${paren(arg(0))}.im`;
      case 'min': case 'max': {
        const args = e.args.map((_, i) => arg(i));
        return `$L.${name}Of(${args.join(', ')})`;
      }
      case 'clear': {
        const u = T.underlying(argType(0));
        if (u instanceof T.MapType) return `$L.clearMap(${arg(0)})`;
        if (u instanceof T.Slice) return `$L.clearSlice(${this.t(u.elem)}, ${arg(0)})`;
        return this.error(e, 'invalid argument for clear');
      }
      default:
        return this.error(e, `unsupported builtin ${name}`);
    }
  }

  private zero(t: T.Type): string {
    const u = T.underlying(t);
    if (u instanceof T.Basic) {
      if ((u.info & T.BasicInfo.IsString) !== 0) return "''";
      if ((u.info & T.BasicInfo.IsBoolean) !== 0) return 'false';
      if ((u.info & T.BasicInfo.IsComplex) !== 0) return '$L.Complex.zero';
      if ((u.info & T.BasicInfo.IsNumeric) !== 0) return '0';
      return 'null';
    }
    if (u instanceof T.Struct || u instanceof T.ArrayType) return `${this.t(t)}.zero()`;
    return 'null';
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

type NumKind = 'i64' | 'u64' | 's32' | 's16' | 's8' | 'u32' | 'u16' | 'u8' | 'f64' | 'f32' | 'c128' | 'c64' | 'str' | 'other';

function numKind(t: T.Type): NumKind {
  const u = T.underlying(t);
  if (!(u instanceof T.Basic)) return 'other';
  switch (u.kind) {
    case T.BasicKind.Int: case T.BasicKind.Int64: case T.BasicKind.UntypedInt: return 'i64';
    case T.BasicKind.Uint: case T.BasicKind.Uint64: case T.BasicKind.Uintptr: return 'u64';
    case T.BasicKind.Int32: case T.BasicKind.UntypedRune: return 's32';
    case T.BasicKind.Int16: return 's16';
    case T.BasicKind.Int8: return 's8';
    case T.BasicKind.Uint32: return 'u32';
    case T.BasicKind.Uint16: return 'u16';
    case T.BasicKind.Uint8: return 'u8';
    case T.BasicKind.Float64: case T.BasicKind.UntypedFloat: return 'f64';
    case T.BasicKind.Float32: return 'f32';
    case T.BasicKind.Complex128: case T.BasicKind.UntypedComplex: return 'c128';
    case T.BasicKind.Complex64: return 'c64';
    case T.BasicKind.String: case T.BasicKind.UntypedString: case T.BasicKind.Address: return 'str';
    default: return 'other';
  }
}

function wrapSmall(k: NumKind, code: string): string {
  switch (k) {
    case 's32': return `((${code}) | 0)`;
    case 's16': return `(((${code}) << 16) >> 16)`;
    case 's8': return `(((${code}) << 24) >> 24)`;
    case 'u32': return `((${code}) >>> 0)`;
    case 'u16': return `((${code}) & 0xffff)`;
    case 'u8': return `((${code}) & 0xff)`;
    default: return `(${code})`;
  }
}

/** A numeric literal other than zero (a constant divisor needs no zero check). */
function nonZeroLiteral(code: string): boolean {
  return /^\(?-?[0-9]+n?\)?$/.test(code) && !/^\(?-?0+n?\)?$/.test(code);
}

function paren(code: string): string {
  return /^[\w$.]+$/.test(code) ? code : `(${code})`;
}

export function unparen(e: A.Expr): A.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function isBlank(e: A.Expr): boolean {
  return e.kind === 'Ident' && e.name === '_';
}





export function sanitize(name: string): string {
  let out = '';
  for (const ch of name) out += /[A-Za-z0-9_]/.test(ch) ? ch : `$${ch.codePointAt(0)!.toString(16)}`;
  return out === '' ? '_' : out;
}

function prop(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

export function embeddedName(t: T.Type): string {
  let u = t;
  if (u instanceof T.Pointer) u = u.elem;
  if (u instanceof T.Named) return u.obj.name;
  if (u instanceof T.Basic) return u.name;
  return '?';
}

function numberLiteral(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '(-Infinity)';
  if (Object.is(n, -0)) return '(-0)';
  return n < 0 ? `(${n})` : String(n);
}

/** A JS string literal for a Go string (bytes as code units). */
export function jsStringLiteral(bytes: string): string {
  let out = "'";
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c === 0x27) out += "\\'";
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c < 0x7f) out += bytes[i];
    else out += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return out + "'";
}

/** UTF-8 bytes of a JS string, as a Go string. */
export function toBytes(text: string): string {
   
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The exact bytes of a Go string literal (keeping `\xff` bytes that are not valid UTF-8). */
export function unquoteBytes(raw: string): string | null {
  if (raw.startsWith('`')) return toBytes(raw.slice(1, -1).replace(/\r/g, ''));
  if (!raw.startsWith('"')) return null;
  const body = raw.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; ) {
    const ch = body[i];
    if (ch !== '\\') {
      const cp = body.codePointAt(i)!;
      const s = String.fromCodePoint(cp);
      out += toBytes(s);
      i += s.length;
      continue;
    }
    const next = body[i + 1];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (next in simple) {
      out += simple[next];
      i += 2;
    } else if (next === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (next >= '0' && next <= '7') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 4), 8));
      i += 4;
    } else if (next === 'u') {
      out += toBytes(String.fromCodePoint(parseInt(body.slice(i + 2, i + 6), 16)));
      i += 6;
    } else if (next === 'U') {
      out += toBytes(String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16)));
      i += 10;
    } else return null;
  }
  return out;
}

function constDefault(v: T.ConstValue): T.Type {
  switch (v.kind) {
    case 'bool': return T.Typ[T.BasicKind.Bool];
    case 'string': return T.Typ[T.BasicKind.String];
    case 'float': return T.Typ[T.BasicKind.Float64];
    case 'complex': return T.Typ[T.BasicKind.Complex128];
    default: return T.Typ[T.BasicKind.Int];
  }
}

function containsDefer(body: A.BlockStmt): boolean {
  let found = false;
  walkStmts(body, (s) => {
    if (s.kind === 'DeferStmt') found = true;
  });
  return found;
}

/** Whether a function body calls recover() itself (not inside a nested function literal). */
function containsRecover(body: A.BlockStmt): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || typeof n !== 'object' || n === null) return;
    if (Array.isArray(n)) {
      n.forEach(visit);
      return;
    }
    const node = n as A.Node;
    if (typeof node.kind !== 'string') return;
    if (node.kind === 'FuncLit') return;
    if (node.kind === 'CallExpr') {
      const f = unparen(node.fun);
      if (f.kind === 'Ident' && f.name === 'recover') found = true;
    }
    for (const key of Object.keys(node)) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (typeof value === 'object') visit(value);
    }
  };
  visit(body.list);
  return found;
}

function containsGoto(stmt: A.Stmt, label: string): boolean {
  let found = false;
  walkStmts(stmt, (s) => {
    if (s.kind === 'BranchStmt' && s.tok === 'goto' && s.label?.name === label) found = true;
  });
  return found;
}

/** Visits statements (not entering function literals). */
export function walkStmts(stmt: A.Stmt, visit: (s: A.Stmt) => void): void {
  visit(stmt);
  switch (stmt.kind) {
    case 'BlockStmt': stmt.list.forEach((s) => walkStmts(s, visit)); break;
    case 'IfStmt':
      if (stmt.init) walkStmts(stmt.init, visit);
      walkStmts(stmt.body, visit);
      if (stmt.else) walkStmts(stmt.else, visit);
      break;
    case 'ForStmt':
      if (stmt.init) walkStmts(stmt.init, visit);
      if (stmt.post) walkStmts(stmt.post, visit);
      walkStmts(stmt.body, visit);
      break;
    case 'RangeStmt': walkStmts(stmt.body, visit); break;
    case 'SwitchStmt': case 'TypeSwitchStmt':
      if (stmt.init) walkStmts(stmt.init, visit);
      walkStmts(stmt.body, visit);
      break;
    case 'CaseClause': stmt.body.forEach((s) => walkStmts(s, visit)); break;
    case 'LabeledStmt': walkStmts(stmt.stmt, visit); break;
    default: break;
  }
}

/**
 * Code and type of `code` (of type `t`) followed through the embedded fields `path`, dereferencing
 * (nil-checked) each pointer on the way.
 */
function walkEmbedded(code: string, t: T.Type, path: number[]): { code: string; type: T.Type } {
  for (const idx of path) {
    let u = T.underlying(t);
    if (u instanceof T.Pointer) {
      code = `$L.nn(${code})`;
      t = u.elem;
      u = T.underlying(t);
    }
    const f = (u as T.Struct).fields[idx];
    code = `${code}${prop(fieldKey(f.embedded ? embeddedName(f.type) : f.name, idx))}`;
    t = f.type;
  }
  return { code, type: t };
}
