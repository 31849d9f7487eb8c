/**
 * PowerShell syntax check without PowerShell (pwsh is not in Debian): the tree-sitter
 * PowerShell grammar (tree-sitter-powershell, its WebAssembly build) under web-tree-sitter.
 * A script passes when its syntax tree has no ERROR or MISSING node.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parser: Parser | null = null;

async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(
    require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'),
  );
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export interface SyntaxProblem {
  line: number;
  column: number;
  kind: 'error' | 'missing';
  text: string;
}

export async function powershellSyntaxProblems(source: string): Promise<SyntaxProblem[]> {
  const tree = (await powershellParser()).parse(source.replace(/^\uFEFF/, ''));
  if (!tree) throw new Error('the PowerShell parser returned nothing');
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) {
      problems.push({
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        kind: node.isMissing ? 'missing' : 'error',
        text: node.text.slice(0, 60),
      });
      return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return problems;
}
