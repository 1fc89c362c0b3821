// The public entry of the type layer: the type representation, objects, scopes, packages,
// exact constants and the check result (Info). Everything outside vm/types imports from here.
// The checker itself and the queries are exported here too as they land.

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
