// The typed inputs of a call: a quick pick for the caller (named accounts, the default first, or
// an address typed by hand) and one input box per parameter, validated by the parameter's type
// as the user types. Shared by "Call Realm Function" and "Debug realm function at cursor".
//
// It does not convert values: the CLI parses each argument by the real parameter type.
import * as vscode from 'vscode';
import { argumentError, argumentHint, type RealmFunction } from './realmFunctions';

const namedAccounts = ['alice', 'bob', 'carol', 'dave', 'eve'];

/** Asks for each argument in turn; undefined when the user cancels. */
export async function promptArguments(fn: Pick<RealmFunction, 'name' | 'parameters'>): Promise<string[] | undefined> {
  const values: string[] = [];
  for (const [index, parameter] of fn.parameters.entries()) {
    const value = await vscode.window.showInputBox({
      title: `${fn.name}: argument ${index + 1} of ${fn.parameters.length}`,
      prompt: `${parameter.name} ${parameter.type}`,
      placeHolder: argumentHint(parameter.type),
      ignoreFocusOut: true,
      validateInput: (text) => argumentError(parameter.type, text),
    });
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

export async function pickCaller(defaultCaller: string): Promise<string | undefined> {
  const names = [defaultCaller, ...namedAccounts.filter((name) => name !== defaultCaller)];
  const items: vscode.QuickPickItem[] = [
    ...names.map((name) => ({ label: name, description: name === defaultCaller ? 'default caller' : 'named account' })),
    { label: 'Enter an address…', alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Call as', placeHolder: 'the account that signs the transaction', ignoreFocusOut: true });
  if (!picked) return undefined;
  if (picked.label !== 'Enter an address…') return picked.label;
  return vscode.window.showInputBox({
    title: 'Caller address',
    placeHolder: 'am1…',
    ignoreFocusOut: true,
    validateInput: (text) => argumentError('address', text),
  });
}
