// The TextMate grammar of Amigos Go (scope `source.amigo`), written as data so that the word lists
// and the number and escape regexes are spelled once. `syntaxes/amigo.tmLanguage.json` is this
// object serialised; `syntaxes/grammar.test.ts` fails when the two drift apart and rewrites the
// JSON under UPDATE_GOLDEN=1.
//
// It colours what a lexer can see: Go's tokens, declarations whose shape is visible on one line,
// the Amigos predeclared words and hub import paths. It deliberately does not resolve names (a
// shadowed `address` still looks like the type): that is the language server's semantic tokens.

export interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
  patterns?: Rule[];
  include?: string;
}

export interface Grammar {
  $schema: string;
  name: string;
  scopeName: string;
  fileTypes: string[];
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const ident = '[A-Za-z_][A-Za-z0-9_]*';
const identList = `${ident}(?:\\s*,\\s*${ident})*`;
const words = (list: string[]): string => `\\b(?:${list.join('|')})\\b`;
/** A word that is not a field or method selected from something (`x.len` is not the builtin). */
const freeWords = (list: string[]): string => `(?:(?<=\\.\\.\\.)|(?<!\\.))${words(list)}`;

const controlKeywords = ['break', 'case', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'go', 'goto', 'if', 'range', 'return', 'select', 'switch'];
const builtinTypes = ['any', 'bool', 'byte', 'comparable', 'complex64', 'complex128', 'error', 'float32', 'float64', 'int', 'int8', 'int16', 'int32', 'int64', 'rune', 'string', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr'];
const builtinFunctions = ['append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover'];
const typeKeywords = ['chan', 'func', 'interface', 'map', 'struct'];
/** Words that never name a user's type, so a declaration's right side skips them. */
const notATypeName = [...typeKeywords, ...builtinTypes, 'address'];

// Numbers follow the Go specification's literal syntax: a `_` may separate digits and follow a
// base prefix; an `i` suffix makes any of them imaginary.
const dec = '[0-9](?:_?[0-9])*';
const hex = '[0-9a-fA-F](?:_?[0-9a-fA-F])*';
const decExponent = `[eE][+-]?${dec}`;
const numberEnd = '(?![\\w.])';

const stringEscape = '\\\\(?:[abfnrtv\\\\"]|[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})';
const runeEscape = '\\\\(?:[abfnrtv\\\\\']|[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})';

const scope = (name: string): Rule => ({ name });

export const grammar: Grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Amigos Go',
  scopeName: 'source.amigo',
  fileTypes: ['amigo'],
  patterns: [{ include: '#statements' }],
  repository: {
    statements: {
      patterns: [
        { include: '#comments' },
        { include: '#package-declaration' },
        { include: '#import-group' },
        { include: '#import-single' },
        { include: '#function-declaration' },
        { include: '#type-group' },
        { include: '#type-declaration' },
        { include: '#variable-group' },
        { include: '#variable-declaration' },
        { include: '#expressions' },
      ],
    },

    expressions: {
      patterns: [
        { include: '#comments' },
        { include: '#struct-type' },
        { include: '#interface-type' },
        { include: '#strings' },
        { include: '#runes' },
        { include: '#numbers' },
        { include: '#labels' },
        { include: '#keywords' },
        { include: '#builtin-types' },
        { include: '#language-constants' },
        { include: '#builtin-functions' },
        { include: '#amigos-words' },
        { include: '#short-variable-declaration' },
        { include: '#function-calls' },
        { include: '#member-access' },
        { include: '#operators' },
        { include: '#punctuation' },
        { include: '#identifiers' },
      ],
    },

    comments: {
      patterns: [
        {
          name: 'comment.block.amigo',
          begin: '/\\*',
          end: '\\*/',
          beginCaptures: { '0': scope('punctuation.definition.comment.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.comment.end.amigo') },
        },
        {
          name: 'comment.line.double-slash.amigo',
          begin: '//',
          end: '$',
          beginCaptures: { '0': scope('punctuation.definition.comment.amigo') },
          patterns: [
            // Example tests and filetests read these directives from comments.
            { match: '\\G\\s*((?:Unordered )?[Oo]utput|Error|Events|State|Gas):', captures: { '1': scope('keyword.other.directive.amigo') } },
            { match: '\\G\\s*(?:end)?region\\b', name: 'keyword.other.region.amigo' },
          ],
        },
      ],
    },

    'package-declaration': {
      match: `\\b(package)\\s+(${ident})`,
      captures: {
        '1': scope('keyword.other.package.amigo'),
        '2': scope('entity.name.namespace.package.amigo'),
      },
    },

    'import-group': {
      name: 'meta.import.amigo',
      begin: '\\b(import)\\s*(\\()',
      end: '\\)',
      beginCaptures: {
        '1': scope('keyword.other.import.amigo'),
        '2': scope('punctuation.section.parens.begin.amigo'),
      },
      endCaptures: { '0': scope('punctuation.section.parens.end.amigo') },
      patterns: [{ include: '#comments' }, { include: '#import-spec' }],
    },

    'import-single': {
      name: 'meta.import.amigo',
      begin: '\\b(import)(?=\\s+(?:[A-Za-z_.][A-Za-z0-9_]*\\s+)?["`])',
      end: '(?<=["`])',
      beginCaptures: { '1': scope('keyword.other.import.amigo') },
      patterns: [{ include: '#import-spec' }],
    },

    'import-spec': {
      patterns: [
        { match: '\\.(?=\\s+["`])', name: 'keyword.operator.dot-import.amigo' },
        { match: '\\b_(?=\\s+["`])', name: 'variable.language.blank.amigo' },
        { match: `\\b${ident}(?=\\s+["\`])`, name: 'entity.name.namespace.alias.amigo' },
        { include: '#import-path' },
      ],
    },

    // `"hub.amigos.dev/social/forum@v2"`: the host, each path segment and the major version get
    // scopes of their own; standard library paths (`"strings"`) stay plain import strings.
    'import-path': {
      patterns: [
        {
          name: 'string.quoted.double.import.amigo',
          begin: '"',
          end: '"|$',
          beginCaptures: { '0': scope('punctuation.definition.string.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.string.end.amigo') },
          patterns: [{ include: '#hub-path' }, { include: '#string-escapes' }],
        },
        {
          name: 'string.quoted.raw.import.amigo',
          begin: '`',
          end: '`',
          beginCaptures: { '0': scope('punctuation.definition.string.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.string.end.amigo') },
          patterns: [{ include: '#hub-path' }],
        },
      ],
    },

    'hub-path': {
      name: 'meta.hub-path.amigo',
      begin: '\\G(?=(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(?:[/@"`]))',
      end: '(?=["`])|$',
      patterns: [
        { match: '\\G(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}', name: 'entity.name.namespace.hub.host.amigo' },
        {
          match: '(/)([A-Za-z0-9_.~-]+)',
          captures: {
            '1': scope('punctuation.separator.path.amigo'),
            '2': scope('entity.name.namespace.hub.segment.amigo'),
          },
        },
        {
          match: '(@)(v[0-9]+)(?=["`])',
          captures: {
            '1': scope('punctuation.separator.version.amigo'),
            '2': scope('constant.numeric.version.hub.amigo'),
          },
        },
        { match: '[^"`]', name: 'invalid.illegal.hub-path.amigo' },
      ],
    },

    'function-declaration': {
      // `func (r *Receiver) Name(` and `func Name(`: the receiver, the name, then the parameters.
      name: 'meta.function.declaration.amigo',
      begin: `^\\s*(func)\\s*(?:(\\()([^)]*)(\\))\\s*)?(${ident})\\s*(\\()`,
      end: '\\)',
      beginCaptures: {
        '1': scope('storage.type.function.amigo'),
        '2': scope('punctuation.section.parens.begin.amigo'),
        '3': { patterns: [{ include: '#receiver' }] },
        '4': scope('punctuation.section.parens.end.amigo'),
        '5': scope('entity.name.function.amigo'),
        '6': scope('punctuation.section.parens.begin.amigo'),
      },
      endCaptures: { '0': scope('punctuation.section.parens.end.amigo') },
      patterns: [{ include: '#parameters' }],
    },

    receiver: {
      patterns: [
        { match: `\\b${ident}(?=\\s+\\*?\\s*${ident})`, name: 'variable.parameter.receiver.amigo' },
        { match: '\\*', name: 'keyword.operator.pointer.amigo' },
        { include: '#type-names' },
      ],
    },

    parameters: {
      patterns: [
        { include: '#comments' },
        // A name opens a parameter (after `(` or `,`) and is followed by its type, or by more
        // names that end in a type.
        {
          match: `(?:(?<=\\()|(?<=,))\\s*(${ident})(?=\\s+(?:\\.\\.\\.)?[*\\[(A-Za-z_<])`,
          captures: { '1': scope('variable.parameter.amigo') },
        },
        {
          match: `(?:(?<=\\()|(?<=,))\\s*(${ident})(?=(?:\\s*,\\s*${ident})+\\s+(?:\\.\\.\\.)?[*\\[(A-Za-z_<])`,
          captures: { '1': scope('variable.parameter.amigo') },
        },
        { match: '\\.\\.\\.', name: 'keyword.operator.ellipsis.amigo' },
        { match: '\\*', name: 'keyword.operator.pointer.amigo' },
        { match: ',', name: 'punctuation.separator.comma.amigo' },
        { include: '#struct-type' },
        { include: '#interface-type' },
        { include: '#keywords' },
        { include: '#type-names' },
        {
          begin: '\\(',
          end: '\\)',
          beginCaptures: { '0': scope('punctuation.section.parens.begin.amigo') },
          endCaptures: { '0': scope('punctuation.section.parens.end.amigo') },
          patterns: [{ include: '#parameters' }],
        },
        { include: '#punctuation' },
      ],
    },

    'type-names': {
      patterns: [
        { include: '#builtin-types' },
        { include: '#amigos-words' },
        {
          match: `\\b(${ident})(\\.)(${ident})`,
          captures: {
            '1': scope('entity.name.namespace.amigo'),
            '2': scope('punctuation.accessor.amigo'),
            '3': scope('entity.name.type.amigo'),
          },
        },
        { match: `\\b(?!${words(typeKeywords)})${ident}`, name: 'entity.name.type.amigo' },
      ],
    },

    'type-group': {
      name: 'meta.type.declaration.amigo',
      begin: '\\b(type)\\s*(\\()',
      end: '\\)',
      beginCaptures: {
        '1': scope('storage.type.type.amigo'),
        '2': scope('punctuation.section.parens.begin.amigo'),
      },
      endCaptures: { '0': scope('punctuation.section.parens.end.amigo') },
      patterns: [
        { include: '#comments' },
        { match: `^\\s*(${ident})\\b`, captures: { '1': scope('entity.name.type.amigo') } },
        { include: '#type-declaration-rest' },
        { include: '#expressions' },
      ],
    },

    'type-declaration': {
      name: 'meta.type.declaration.amigo',
      begin: `\\b(type)\\s+(${ident})`,
      end: '(?=;)|$',
      beginCaptures: {
        '1': scope('storage.type.type.amigo'),
        '2': scope('entity.name.type.amigo'),
      },
      patterns: [{ include: '#type-declaration-rest' }, { include: '#expressions' }],
    },

    // The right side of `type A B` / `type A = pkg.B` when it names another type.
    'type-declaration-rest': {
      match: `(?<=\\w)\\s+(=\\s*)?(?:(${ident})(\\.))?(?!${words(notATypeName)})(${ident})\\s*(?=$|//|/\\*|;)`,
      captures: {
        '1': scope('keyword.operator.assignment.amigo'),
        '2': scope('entity.name.namespace.amigo'),
        '3': scope('punctuation.accessor.amigo'),
        '4': scope('entity.name.type.amigo'),
      },
    },

    'variable-group': {
      begin: '\\b(?:(var)|(const))\\s*(\\()',
      end: '\\)',
      beginCaptures: {
        '1': scope('storage.type.var.amigo'),
        '2': scope('storage.type.const.amigo'),
        '3': scope('punctuation.section.parens.begin.amigo'),
      },
      endCaptures: { '0': scope('punctuation.section.parens.end.amigo') },
      patterns: [
        { include: '#comments' },
        {
          match: `^\\s*(${identList})(?=\\s+[*\\[A-Za-z_(]|\\s*=(?!=)|\\s*$|\\s*//)`,
          captures: { '1': { patterns: [{ include: '#declared-names' }] } },
        },
        { include: '#expressions' },
      ],
    },

    'variable-declaration': {
      match: `\\b(?:(var)|(const))\\s+(${identList})`,
      captures: {
        '1': scope('storage.type.var.amigo'),
        '2': scope('storage.type.const.amigo'),
        '3': { patterns: [{ include: '#declared-names' }] },
      },
    },

    'short-variable-declaration': {
      match: `(?<![\\w.])(${identList})\\s*(?=:=)`,
      captures: { '1': { patterns: [{ include: '#declared-names' }] } },
    },

    'declared-names': {
      patterns: [
        { match: '\\b_\\b', name: 'variable.language.blank.amigo' },
        { match: ident, name: 'variable.other.declaration.amigo' },
        { match: ',', name: 'punctuation.separator.comma.amigo' },
      ],
    },

    'struct-type': {
      name: 'meta.struct.amigo',
      begin: '\\b(struct)\\s*(\\{)',
      end: '\\}',
      beginCaptures: {
        '1': scope('storage.type.struct.amigo'),
        '2': scope('punctuation.section.braces.begin.amigo'),
      },
      endCaptures: { '0': scope('punctuation.section.braces.end.amigo') },
      patterns: [
        { include: '#comments' },
        { include: '#struct-tag' },
        {
          // Field names start a line (or follow `{` / `;`) and are followed by their type.
          match: `(?:^|(?<=[{;]))\\s*(${identList})(?=\\s+(?:[*\\[(A-Za-z_]|<-))`,
          captures: { '1': { patterns: [{ match: ident, name: 'variable.other.field.amigo' }, { match: ',', name: 'punctuation.separator.comma.amigo' }] } },
        },
        { include: '#struct-type' },
        { include: '#interface-type' },
        { include: '#keywords' },
        { match: '\\*', name: 'keyword.operator.pointer.amigo' },
        { include: '#type-names' },
        { include: '#punctuation' },
      ],
    },

    // `json:"name,omitempty" db:"x"` in a field's raw or interpreted string.
    'struct-tag': {
      patterns: [
        {
          name: 'string.quoted.raw.struct-tag.amigo',
          begin: '`',
          end: '`',
          beginCaptures: { '0': scope('punctuation.definition.string.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.string.end.amigo') },
          patterns: [
            {
              match: '([A-Za-z_][A-Za-z0-9_.-]*)(:)("[^"]*")',
              captures: {
                '1': scope('entity.other.attribute-name.struct-tag.amigo'),
                '2': scope('punctuation.separator.key-value.amigo'),
                '3': scope('string.quoted.double.struct-tag-value.amigo'),
              },
            },
          ],
        },
        {
          name: 'string.quoted.double.struct-tag.amigo',
          begin: '"',
          end: '"|$',
          beginCaptures: { '0': scope('punctuation.definition.string.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.string.end.amigo') },
          patterns: [{ include: '#string-escapes' }],
        },
      ],
    },

    'interface-type': {
      name: 'meta.interface.amigo',
      begin: '\\b(interface)\\s*(\\{)',
      end: '\\}',
      beginCaptures: {
        '1': scope('storage.type.interface.amigo'),
        '2': scope('punctuation.section.braces.begin.amigo'),
      },
      endCaptures: { '0': scope('punctuation.section.braces.end.amigo') },
      patterns: [
        { include: '#comments' },
        {
          name: 'meta.function.declaration.amigo',
          begin: `(?:^|(?<=[{;]))\\s*(${ident})\\s*(\\()`,
          end: '\\)',
          beginCaptures: {
            '1': scope('entity.name.function.amigo'),
            '2': scope('punctuation.section.parens.begin.amigo'),
          },
          endCaptures: { '0': scope('punctuation.section.parens.end.amigo') },
          patterns: [{ include: '#parameters' }],
        },
        { include: '#keywords' },
        { include: '#type-names' },
        { include: '#punctuation' },
      ],
    },

    strings: {
      patterns: [
        {
          name: 'string.quoted.double.amigo',
          begin: '"',
          end: '"|$',
          beginCaptures: { '0': scope('punctuation.definition.string.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.string.end.amigo') },
          patterns: [{ include: '#string-escapes' }, { include: '#format-verbs' }],
        },
        {
          name: 'string.quoted.raw.amigo',
          begin: '`',
          end: '`',
          beginCaptures: { '0': scope('punctuation.definition.string.begin.amigo') },
          endCaptures: { '0': scope('punctuation.definition.string.end.amigo') },
          patterns: [{ include: '#format-verbs' }],
        },
      ],
    },

    'string-escapes': {
      patterns: [
        { match: stringEscape, name: 'constant.character.escape.amigo' },
        { match: '\\\\.', name: 'invalid.illegal.unknown-escape.amigo' },
      ],
    },

    'format-verbs': {
      match: '%(?:%|[-+# 0]*(?:\\[[0-9]+\\])?(?:[0-9]+|\\*)?(?:\\.(?:[0-9]+|\\*)?)?[vTtbcdoOqxXUeEfFgGsp])',
      name: 'constant.other.placeholder.amigo',
    },

    runes: {
      patterns: [
        {
          match: `(')((?:[^'\\\\\\n]|${runeEscape}))(')`,
          name: 'string.quoted.rune.amigo',
          captures: {
            '1': scope('punctuation.definition.string.begin.amigo'),
            '2': { patterns: [{ match: runeEscape, name: 'constant.character.escape.amigo' }] },
            '3': scope('punctuation.definition.string.end.amigo'),
          },
        },
        { match: "'[^'\\n]*'?", name: 'invalid.illegal.rune.amigo' },
      ],
    },

    numbers: {
      patterns: [
        {
          match: `\\b0[xX](?:_?${hex})?(?:\\.(?:${hex})?)?[pP][+-]?${dec}i?${numberEnd}`,
          name: 'constant.numeric.float.hexadecimal.amigo',
        },
        { match: `\\b0[xX](?:_?[0-9a-fA-F])+i?${numberEnd}`, name: 'constant.numeric.integer.hexadecimal.amigo' },
        { match: `\\b0[bB](?:_?[01])+i?${numberEnd}`, name: 'constant.numeric.integer.binary.amigo' },
        { match: `\\b0[oO](?:_?[0-7])+i?${numberEnd}`, name: 'constant.numeric.integer.octal.amigo' },
        {
          match: `(?:\\b${dec}\\.(?:${dec})?(?:${decExponent})?|\\b${dec}${decExponent}|(?<![\\w.])\\.${dec}(?:${decExponent})?)i?${numberEnd}`,
          name: 'constant.numeric.float.decimal.amigo',
        },
        // Go reads 0123i as decimal (imaginary literals kept that for compatibility).
        { match: `\\b${dec}i${numberEnd}`, name: 'constant.numeric.integer.decimal.amigo' },
        { match: `\\b0(?:_?[0-7])+${numberEnd}`, name: 'constant.numeric.integer.octal.amigo' },
        { match: `\\b(?:0|[1-9](?:_?[0-9])*)${numberEnd}`, name: 'constant.numeric.integer.decimal.amigo' },
        { match: '\\b[0-9][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]*)?', name: 'invalid.illegal.numeric.amigo' },
      ],
    },

    keywords: {
      patterns: [
        { match: words(controlKeywords), name: 'keyword.control.amigo' },
        { match: '\\bfunc\\b', name: 'storage.type.function.amigo' },
        { match: '\\bstruct\\b', name: 'storage.type.struct.amigo' },
        { match: '\\binterface\\b', name: 'storage.type.interface.amigo' },
        { match: '\\bmap\\b', name: 'storage.type.map.amigo' },
        { match: '\\bchan\\b', name: 'storage.type.chan.amigo' },
        { match: '\\btype\\b', name: 'storage.type.type.amigo' },
        { match: '\\bvar\\b', name: 'storage.type.var.amigo' },
        { match: '\\bconst\\b', name: 'storage.type.const.amigo' },
        { match: '\\bpackage\\b', name: 'keyword.other.package.amigo' },
        { match: '\\bimport\\b', name: 'keyword.other.import.amigo' },
      ],
    },

    'builtin-types': {
      match: freeWords(builtinTypes),
      name: 'support.type.builtin.amigo',
    },

    'language-constants': {
      patterns: [
        { match: freeWords(['true', 'false']), name: 'constant.language.boolean.amigo' },
        { match: freeWords(['nil']), name: 'constant.language.nil.amigo' },
        { match: freeWords(['iota']), name: 'constant.language.iota.amigo' },
      ],
    },

    'builtin-functions': {
      match: `${freeWords(builtinFunctions)}(?=\\s*\\()`,
      name: 'support.function.builtin.amigo',
    },

    // The Amigos additions to the universe scope (DESIGN.md section 3).
    'amigos-words': {
      patterns: [
        { match: freeWords(['address']), name: 'support.type.amigos.address.amigo' },
        { match: freeWords(['msg']), name: 'variable.language.amigos.msg.amigo' },
      ],
    },

    labels: {
      patterns: [
        {
          match: `^\\s*(?!${words(['default', 'case'])})(${ident})\\s*(:)(?!=)(?=\\s*(?:$|//|/\\*|for\\b|switch\\b|select\\b))`,
          captures: {
            '1': scope('entity.name.label.amigo'),
            '2': scope('punctuation.separator.label.amigo'),
          },
        },
        {
          match: `\\b(break|continue|goto)\\s+(?!${words(['case', 'default'])})(${ident})`,
          captures: {
            '1': scope('keyword.control.amigo'),
            '2': scope('entity.name.label.amigo'),
          },
        },
      ],
    },

    'function-calls': {
      match: `(?<![\\w.])(${ident})(?=\\s*\\()`,
      captures: { '1': scope('entity.name.function.call.amigo') },
    },

    'member-access': {
      patterns: [
        {
          match: `(\\.)(${ident})(?=\\s*\\()`,
          captures: {
            '1': scope('punctuation.accessor.amigo'),
            '2': scope('entity.name.function.call.amigo'),
          },
        },
        {
          match: `(\\.)(${ident})`,
          captures: {
            '1': scope('punctuation.accessor.amigo'),
            '2': scope('variable.other.property.amigo'),
          },
        },
      ],
    },

    operators: {
      patterns: [
        { match: '\\.\\.\\.', name: 'keyword.operator.ellipsis.amigo' },
        { match: '(?:<<|>>|&\\^|[-+*/%&|^])=', name: 'keyword.operator.assignment.compound.amigo' },
        { match: ':=', name: 'keyword.operator.assignment.declaration.amigo' },
        { match: '<-', name: 'keyword.operator.channel.amigo' },
        { match: '&&|\\|\\||!(?!=)', name: 'keyword.operator.logical.amigo' },
        { match: '\\+\\+', name: 'keyword.operator.increment.amigo' },
        { match: '--', name: 'keyword.operator.decrement.amigo' },
        { match: '<<|>>|&\\^', name: 'keyword.operator.bitwise.amigo' },
        { match: '==|!=|<=|>=|<|>', name: 'keyword.operator.comparison.amigo' },
        { match: '[&|^]', name: 'keyword.operator.bitwise.amigo' },
        { match: '[-+*/%]', name: 'keyword.operator.arithmetic.amigo' },
        { match: '=', name: 'keyword.operator.assignment.amigo' },
        { match: '~', name: 'keyword.operator.tilde.amigo' },
      ],
    },

    punctuation: {
      patterns: [
        { match: ',', name: 'punctuation.separator.comma.amigo' },
        { match: ';', name: 'punctuation.terminator.statement.amigo' },
        { match: ':', name: 'punctuation.separator.colon.amigo' },
        { match: '\\.', name: 'punctuation.accessor.amigo' },
        { match: '\\(', name: 'punctuation.section.parens.begin.amigo' },
        { match: '\\)', name: 'punctuation.section.parens.end.amigo' },
        { match: '\\[', name: 'punctuation.section.brackets.begin.amigo' },
        { match: '\\]', name: 'punctuation.section.brackets.end.amigo' },
        { match: '\\{', name: 'punctuation.section.braces.begin.amigo' },
        { match: '\\}', name: 'punctuation.section.braces.end.amigo' },
      ],
    },

    identifiers: {
      patterns: [
        { match: '\\b_\\b', name: 'variable.language.blank.amigo' },
        { match: ident, name: 'variable.other.amigo' },
      ],
    },
  },
};
