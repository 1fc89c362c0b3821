// The `amigos` debugger's configurations: the initial ones written into a new launch.json, the
// dynamic ones offered in the Run and Debug view (one per exported realm function, Test and
// Example), the defaults filled into any launch (caller, state directory), and the command
// "Debug realm function at cursor". The adapter itself is `dist/debugAdapter.js`, declared in the
// manifest (`program`), so VS Code starts it with no code here.
//
// It does not talk DAP: after the launch, the adapter owns the session.
import * as vscode from 'vscode';
import { promptArguments } from './argumentPrompts';
import { exportedFunctions, functionAtLine, testFunctions } from './realmFunctions';
import { readSettings } from './settings';
import { findWorkspacePackages, packageFunctions, packageOf } from './workspacePackages';

export interface AmigosLaunch extends vscode.DebugConfiguration {
  program?: string;
  function?: string;
  args?: string[];
  caller?: string;
  stopOnEntry?: boolean;
  state?: string;
  test?: string;
  replay?: string;
}

export class AmigosDebugConfigurationProvider implements vscode.DebugConfigurationProvider {
  constructor(private readonly dynamic: boolean) {}

  async provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<AmigosLaunch[]> {
    return this.dynamic ? dynamicConfigurations(folder) : initialConfigurations(folder);
  }

  async resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): Promise<vscode.DebugConfiguration | undefined> {
    // F5 with no launch.json: debug what the active editor shows.
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'amigo') {
        void vscode.window.showInformationMessage('Open an .amigo file, or add an "amigos" launch configuration, to debug.');
        return undefined;
      }
      const launch = await launchAtCursor(editor);
      if (!launch) return undefined;
      config = launch;
    }
    return withDefaults(folder, config as AmigosLaunch);
  }
}

/** "Debug realm function at cursor": the exported function around the cursor, with typed args. */
export async function debugFunctionAtCursor(uri?: vscode.Uri, functionName?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
  if (!document || document.languageId !== 'amigo') {
    void vscode.window.showWarningMessage('Put the cursor in an exported function of an .amigo file.');
    return;
  }
  const launch = await launchAtCursor(editor && editor.document === document ? editor : undefined, document, functionName);
  if (!launch) return;
  await vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(document.uri), launch);
}

async function launchAtCursor(editor: vscode.TextEditor | undefined, document = editor?.document, functionName?: string): Promise<AmigosLaunch | undefined> {
  if (!document) return undefined;
  const source = document.getText();
  const fn = functionName
    ? exportedFunctions(source).find((candidate) => candidate.name === functionName)
    : editor && functionAtLine(source, editor.selection.active.line);
  const pkg = await packageOf(document.uri);
  if (!fn) {
    if (/^package\s+main\b/m.test(source)) return { type: 'amigos', request: 'launch', name: 'Debug main', program: document.uri.fsPath };
    void vscode.window.showWarningMessage('The cursor is not inside an exported function.');
    return undefined;
  }
  const args = await promptArguments(fn);
  if (!args) return undefined;
  return {
    type: 'amigos',
    request: 'launch',
    name: `Debug ${fn.name}`,
    program: pkg ? pkg.folder.fsPath : document.uri.fsPath,
    function: fn.name,
    args,
  };
}

function withDefaults(folder: vscode.WorkspaceFolder | undefined, config: AmigosLaunch): AmigosLaunch {
  const scope = folder ?? vscode.workspace.workspaceFolders?.[0];
  if (!scope) return config;
  const settings = readSettings(scope);
  // Settings the user did not set stay out, so the workspace's amigos.toml [defaults] apply.
  const launch: AmigosLaunch = { ...config, program: config.program ?? scope.uri.fsPath };
  if (launch.caller === undefined && settings.explicit.defaultCaller) launch.caller = settings.defaultCaller;
  if (launch.state === undefined && settings.explicit.stateDirectory) launch.state = settings.stateDirectory;
  return launch;
}

async function initialConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<AmigosLaunch[]> {
  const packages = await findWorkspacePackages();
  const realm = packages.find((pkg) => pkg.kind === 'realm');
  const program = realm ? `\${workspaceFolder}/${vscode.workspace.asRelativePath(realm.folder, false)}` : '${workspaceFolder}';
  const first = realm ? (await packageFunctions(realm)).find((fn) => fn.name !== 'Render') : undefined;
  const configs: AmigosLaunch[] = [
    {
      type: 'amigos',
      request: 'launch',
      name: first ? `Debug ${first.name}` : 'Debug realm function',
      program,
      function: first?.name ?? 'Render',
      args: first ? first.parameters.map((parameter) => placeholder(parameter.type)) : [''],
      caller: folder ? readSettings(folder).defaultCaller : 'alice',
    },
    { type: 'amigos', request: 'launch', name: 'Debug main', program: '${file}', stopOnEntry: true },
    { type: 'amigos', request: 'launch', name: 'Replay a transaction', program, replay: '${command:amigos.pickSnapshot}' },
  ];
  return configs;
}

async function dynamicConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<AmigosLaunch[]> {
  // VS Code asks once per workspace folder and once more for the user's own launch settings;
  // the packages belong to the folders, so the second answer is empty (else each shows twice).
  if (!folder && vscode.workspace.workspaceFolders?.length) return [];
  const configs: AmigosLaunch[] = [];
  for (const pkg of await findWorkspacePackages()) {
    if (folder && !pkg.folder.fsPath.startsWith(folder.uri.fsPath)) continue;
    for (const fn of await packageFunctions(pkg)) {
      configs.push({
        type: 'amigos',
        request: 'launch',
        name: `${pkg.modulePath}.${fn.name}`,
        program: pkg.folder.fsPath,
        function: fn.name,
        args: fn.parameters.map((parameter) => placeholder(parameter.type)),
      });
    }
    const tests = await vscode.workspace.findFiles(new vscode.RelativePattern(pkg.folder, '*_test.amigo'));
    for (const file of tests) {
      const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      for (const test of testFunctions(source)) {
        configs.push({ type: 'amigos', request: 'launch', name: `${pkg.modulePath} ${test.name}`, program: pkg.folder.fsPath, test: test.name });
      }
    }
  }
  return configs;
}

function placeholder(type: string): string {
  if (type === 'bool') return 'false';
  if (type === 'string') return '';
  if (type === 'address') return 'alice';
  return '0';
}
