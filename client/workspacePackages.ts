// The Amigos packages of the workspace: folders whose `amigos.toml` names a `module`
// (DESIGN.md section 4), with their kind and their exported functions. The commands and views use
// it to offer packages and functions in quick picks.
//
// Manifests are read by vm/hub/manifest.ts. It does not resolve imports or read the bundled hub:
// that is the language server's and the CLI's job. A manifest without a module is skipped, and
// its mistakes are not reported here (the server reports them).
import * as vscode from 'vscode';
import { exportedFunctions, type RealmFunction } from './realmFunctions';

export interface WorkspacePackage {
  modulePath: string;
  kind: string;
  version?: string;
  folder: vscode.Uri;
}

export interface PackageFunction extends RealmFunction {
  uri: vscode.Uri;
}

const ignoredFolders = '**/{node_modules,.amigos,.git,dist,out}/**';

export async function findWorkspacePackages(): Promise<WorkspacePackage[]> {
  const manifests = await vscode.workspace.findFiles('**/amigos.toml', ignoredFolders, 500);
  const packages: WorkspacePackage[] = [];
  for (const manifest of manifests) {
    const found = await readManifest(manifest);
    if (found) packages.push(found);
  }
  return packages.sort((a, b) => a.modulePath.localeCompare(b.modulePath));
}

/** The package whose folder holds `uri`: the nearest `amigos.toml` with a module above it. */
export async function packageOf(uri: vscode.Uri): Promise<WorkspacePackage | undefined> {
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  let folder = vscode.Uri.joinPath(uri, '..');
  for (;;) {
    const found = await readManifest(vscode.Uri.joinPath(folder, 'amigos.toml'));
    if (found) return found;
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path || (root && !folder.path.startsWith(root.path)) || folder.path === root?.path) return undefined;
    folder = parent;
  }
}

/** Exported functions of the package's non-test `.amigo` files, in file then source order. */
export async function packageFunctions(pkg: WorkspacePackage): Promise<PackageFunction[]> {
  const entries = await vscode.workspace.fs.readDirectory(pkg.folder);
  const functions: PackageFunction[] = [];
  for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    if (type !== vscode.FileType.File || !name.endsWith('.amigo') || name.endsWith('_test.amigo')) continue;
    const uri = vscode.Uri.joinPath(pkg.folder, name);
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    for (const fn of exportedFunctions(source)) functions.push({ ...fn, uri });
  }
  return functions;
}

async function readManifest(uri: vscode.Uri): Promise<WorkspacePackage | undefined> {
  try {
    // Loaded on first use (esbuild keeps a required module lazy): the manifest reader brings a
    // TOML parser and semver along, which activation does not need.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseManifest } = require('../vm/hub/manifest') as typeof import('../vm/hub/manifest');
    const { manifest } = parseManifest(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), uri.fsPath);
    if (manifest?.module === undefined) return undefined;
    return { modulePath: manifest.module, kind: manifest.kind, version: manifest.version, folder: vscode.Uri.joinPath(uri, '..') };
  } catch {
    return undefined;
  }
}
