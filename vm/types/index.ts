// The public entry of the type layer: the type representation, objects, scopes, packages,
// exact constants, the check result (Info), the program checker and the queries. Everything
// outside vm/types imports from here. The usual calls:
//   checkPackage({ path, dir, files: [{ fileName, text }] }, resolver?) → CheckedPackage
//   new Program(resolver).check(source), .invalidate(path)   (a workspace; packages shared)
//   definitionAt / describeAt / namesAt / selectorMembersAt / referencesOf / enclosingFunction /
//   signatureAt / expressionAt / selectionAt (checked, fileName, offset)   (language services)
//   typeString(type, relativeTo(pkg)), objectString(obj, qualifier)        (Go's spelling)

export * from './types';
export * from './objects';
export * from './scope';
export * from './package';
export * from './constant';
export * from './info';
export { universe, errorType, msgType, predeclared } from './universe';
export type { Diagnostic } from './check';
export { Program, checkPackage, noImports, isStdlibPath, stdlibPackage } from './program';
export type { CheckedPackage, ImportResolver, PackageSource } from './program';
export * from './queries';
