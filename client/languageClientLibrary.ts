// The entry of dist/languageClientLibrary.js: vscode-languageclient bundled on its own, so that
// dist/extension.js stays small and activation does not parse it. languageClient.ts requires it
// at the language server's first start.
export * from 'vscode-languageclient/node';
