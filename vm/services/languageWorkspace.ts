// The language services' model of one workspace: the open documents (which win over the disk),
// the hub resolver reading through them, and the checked packages, re-checked only when one of
// their files or of their imports changed. Every language feature asks it for the analysis of a
// file. It does no protocol work and keeps no positions other than offsets.
import { basename, dirname, resolve as resolvePath } from 'node:path';
import {
  HubImportResolver,
  manifestName,
  nodeFileSystem,
  openHub,
  type HubFileSystem,
  type HubPackage,
  type HubResolver,
} from '../hub/index';
import { LineIndex } from '../syntax/index';
import { Program, type CheckedPackage, type ImportResolver } from '../types/index';
import { withoutFunctionBodies } from './declarationsOnly';

export interface LanguageWorkspaceOptions {
  /** The workspace folder. */
  root: string;
  /** The folder of the running bundle, where the bundled hub is found. */
  codeDir: string;
  environment: Record<string, string | undefined>;
  homeDir: string;
  /** Where files are read from when they are not open (tests pass a fake). */
  fileSystem?: HubFileSystem;
}

/** What the language features need to answer about one file. */
export interface FileAnalysis {
  fileName: string;
  text: string;
  checked: CheckedPackage;
  /** The hub package the file belongs to; undefined for a loose file (a single-file program). */
  hubPackage: HubPackage | undefined;
  lines: LineIndex;
}

interface OpenDocument {
  text: string;
  version: number;
}

export class LanguageWorkspace {
  readonly hub: HubResolver;
  readonly root: string;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly fileSystem: HubFileSystem;
  private readonly importResolver: HubImportResolver;
  private program: Program;
  /** Loose files (outside every package), checked alone, by file name and version. */
  private readonly looseFiles = new Map<string, { version: number; analysis: FileAnalysis }>();
  /**
   * Packages of `program` checked as imports, from their declarations only (function bodies
   * blanked): what importers need, at a fraction of the cost. A query about one of their own
   * files re-checks it whole first.
   */
  private readonly declarationsOnly = new Set<string>();

  constructor(options: LanguageWorkspaceOptions) {
    this.root = resolvePath(options.root);
    const base = options.fileSystem ?? nodeFileSystem;
    this.fileSystem = {
      readFile: (path) => this.documents.get(resolvePath(path))?.text ?? base.readFile(path),
      readDirectory: (path) => base.readDirectory(path),
    };
    this.hub = openHub({
      workspace: this.root,
      codeDir: options.codeDir,
      environment: options.environment,
      homeDir: options.homeDir,
      fs: this.fileSystem,
    });
    this.importResolver = new HubImportResolver(this.hub, this.fileSystem);
    this.program = new Program(this.importsResolver(this.declarationsOnly));
  }

  /** Resolves imports to their declarations only, noting each package so checked in `record`. */
  private importsResolver(record: Set<string> | undefined): ImportResolver {
    return {
      resolve: (importPath, fromDir) => {
        const found = this.importResolver.resolve(importPath, fromDir);
        if (found instanceof Error) return found;
        // Already checked (whole or not): the Program uses that check and not these sources.
        if (record && this.program.packages.has(found.path)) return found;
        record?.add(found.path);
        return { ...found, files: found.files.map((file) => ({ fileName: file.fileName, text: withoutFunctionBodies(file.text) })) };
      },
    };
  }

  /** Records the text of an open document and forgets what depended on its old text. */
  setDocument(fileName: string, text: string, version: number): void {
    const path = resolvePath(fileName);
    const known = this.documents.has(path) || this.fileSystem.readFile(path) !== undefined;
    this.documents.set(path, { text, version });
    this.changed(path, !known);
  }

  /** Forgets an open document: the disk's text counts again. */
  closeDocument(fileName: string): void {
    const path = resolvePath(fileName);
    this.documents.delete(path);
    this.looseFiles.delete(path);
    this.changed(path, false);
  }

  /** A file changed on disk (a watcher saw it). */
  fileChanged(fileName: string, created: boolean): void {
    this.changed(resolvePath(fileName), created);
  }

  /** The text of a file: the open document's, else the disk's. */
  text(fileName: string): string | undefined {
    return this.fileSystem.readFile(resolvePath(fileName));
  }

  openDocuments(): string[] {
    return [...this.documents.keys()];
  }

  isOpen(fileName: string): boolean {
    return this.documents.has(resolvePath(fileName));
  }

  /** The parsed and checked package of a file, or undefined when the file cannot be read. */
  analyze(fileName: string): FileAnalysis | undefined {
    const path = resolvePath(fileName);
    const text = this.text(path);
    if (text === undefined) return undefined;
    const hubPackage = this.hub.packageOfFile(path);
    if (!hubPackage || !path.endsWith('.amigo')) return this.analyzeLoose(path, text);
    let checked = this.program.packages.get(hubPackage.identity);
    if (!checked || this.declarationsOnly.has(hubPackage.identity) || !checked.files.some((file) => file.fileName === path)) {
      // Checked as someone's import (declarations only, without its tests), or with a file list that changed.
      this.program.invalidate(hubPackage.identity);
      this.declarationsOnly.delete(hubPackage.identity);
      const sources = this.importResolver.sources(hubPackage, { withTests: true });
      if (sources instanceof Error) return this.analyzeLoose(path, text);
      checked = this.program.check(sources);
    }
    const lines = checked.lines.get(path) ?? new LineIndex(path, text);
    return { fileName: path, text, checked, hubPackage, lines };
  }

  /** A package's exported API (for a hover): its check as an import will do, else a check of its own. */
  packageApi(pkg: HubPackage): CheckedPackage | undefined {
    const known = this.program.packages.get(pkg.identity);
    if (known) return known;
    const file = pkg.mainFile ?? pkg.files[0];
    return file ? this.analyze(file)?.checked : undefined;
  }

  /** Every package checked so far (the scope of references and rename). */
  checkedPackages(): CheckedPackage[] {
    return [...this.program.packages.values(), ...[...this.looseFiles.values()].map((entry) => entry.analysis.checked)];
  }

  /**
   * Checks every workspace package with its tests (for workspace-wide queries such as references
   * and rename). Re-checking a package that was checked as an import (without its tests) drops its
   * importers, so passes repeat until one changes nothing.
   */
  checkWorkspace(): void {
    for (let pass = 0; pass < 8; pass++) {
      let rechecked = false;
      for (const summary of this.hub.packages()) {
        if (summary.package.source !== 'workspace' || !summary.selected) continue;
        const file = summary.package.testFiles[0] ?? summary.package.files[0];
        if (!file) continue;
        const before = this.program.packages.get(summary.package.identity);
        this.analyze(file);
        if (this.program.packages.get(summary.package.identity) !== before) rechecked = true;
      }
      if (!rechecked) return;
    }
  }

  /** The line index of any file (open, checked or on disk). */
  lineIndex(fileName: string): LineIndex | undefined {
    const path = resolvePath(fileName);
    for (const checked of this.checkedPackages()) {
      const lines = checked.lines.get(path);
      if (lines) return lines;
    }
    const text = this.text(path);
    return text === undefined ? undefined : new LineIndex(path, text);
  }

  private analyzeLoose(path: string, text: string): FileAnalysis {
    const version = this.documents.get(path)?.version ?? -1;
    const cached = this.looseFiles.get(path);
    if (cached && cached.version === version && cached.analysis.text === text) return cached.analysis;
    const checked = new Program(this.importsResolver(undefined)).check({ path: 'main', dir: dirname(path), files: [{ fileName: path, text }] });
    const analysis: FileAnalysis = { fileName: path, text, checked, hubPackage: undefined, lines: checked.lines.get(path) ?? new LineIndex(path, text) };
    this.looseFiles.set(path, { version, analysis });
    return analysis;
  }

  private changed(path: string, created: boolean): void {
    if (basename(path) === manifestName || created) {
      // A manifest or a new file can move packages around: start over.
      this.hub.refresh();
      this.declarationsOnly.clear();
      this.program = new Program(this.importsResolver(this.declarationsOnly));
      this.looseFiles.clear();
      return;
    }
    const hubPackage = this.hub.packageOfFile(path);
    if (hubPackage) this.program.invalidate(hubPackage.identity);
  }
}
