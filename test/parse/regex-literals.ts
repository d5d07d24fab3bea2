// Every regular expression written in src/: regex literals and `new RegExp("literal", "flags")`,
// found with the TypeScript compiler (not a regex over source text), with file and line.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The text of a string argument written as a literal: "…", `…` without substitutions, String.raw`…`. */
function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === "String.raw" &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  )
    return node.template.rawText;
  return undefined;
}

export function regexLiterals(root: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  for (const path of sourceFiles(join(root, "src"))) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(
      path,
      readFileSync(path, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf("/");
        found.push({ file, line: at(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (
        (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === "RegExp"
      ) {
        const source = literalText(n.arguments?.[0]);
        const flags = n.arguments?.[1] === undefined ? "" : literalText(n.arguments[1]);
        if (source !== undefined && flags !== undefined) found.push({ file, line: at(n), source, flags });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}
