import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import { transformSync } from 'esbuild';

/**
 * The keys every audit writer in src/ puts in its old and new values, read from the code: each call of `audit(…)`
 * (core/audit.ts), its `oldValue`/`newValue` object literals (nested ones too), or the object literal a local
 * variable of that name was given. A value built otherwise (a row, a function's result) cannot be read so; its call
 * is listed in `opaque` with its file and the expression, for the test to name its keys by hand.
 */
export interface AuditWriters {
  keys: Map<string, string[]>;
  opaque: string[];
  /** The entity kinds the writers use (`entity` of each audit call, or of each INSERT INTO audit_log), with where. */
  entities: Map<string, string[]>;
  /** The writers whose entity kind is not spelt out (a variable): none may be, for the audit page to name its objects. */
  unreadEntities: string[];
}

const ACTIONS = new Set(['create', 'update', 'delete', 'import', 'login', 'logout', 'lookup']);

/** The entity kinds of the writers that insert into audit_log themselves (in SQL, or with Kysely's insertInto). */
function sqlEntities(source: string, at: string, add: (entity: string, at: string) => void, unread: string[]) {
  for (const m of source.matchAll(/INSERT INTO audit_log\b([\s\S]*?)(`|;)/g)) {
    const kinds = [...m[1]!.matchAll(/'([a-z_]+)'/g)].map((x) => x[1]!).filter((x) => !ACTIONS.has(x));
    if (kinds[0]) add(kinds[0], at);
    else unread.push(`${at} INSERT INTO audit_log`);
  }
  for (const m of source.matchAll(/insertInto\('audit_log'\)([\s\S]{0,600})/g)) {
    const e = /entity: '([a-z_]+)'/.exec(m[1]!);
    if (e) add(e[1]!, at);
    else unread.push(`${at} insertInto('audit_log')`);
  }
}

type Node = acorn.Node & Record<string, unknown>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const keyOf = (p: Node): string | undefined => {
  const k = p.key as Node;
  if (p.computed) return undefined;
  return k.type === 'Identifier' ? (k.name as string) : k.type === 'Literal' ? String(k.value) : undefined;
};

export function auditWriters(root = 'src'): AuditWriters {
  const keys = new Map<string, string[]>();
  const opaque: string[] = [];
  const entities = new Map<string, string[]>();
  const unreadEntities: string[] = [];
  const addEntity = (e: string, at: string) => entities.set(e, [...(entities.get(e) ?? []), at]);
  for (const file of files(root)) {
    const source = readFileSync(file, 'utf8');
    // the log's own writer (core/audit.ts) and its schema (core/db) are not writers of a kind
    if (!file.includes(`core${sep}db${sep}`) && !file.endsWith(`core${sep}audit.ts`)) sqlEntities(source, relative('.', file), addEntity, unreadEntities);
    if (!source.includes('audit(')) continue;
    const js = transformSync(source, { loader: file.endsWith('x') ? 'tsx' : 'ts', jsx: 'automatic', sourcemap: false }).code;
    const ast = acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Node;
    const where = (_n: Node) => relative('.', file);
    const add = (key: string, at: string) => keys.set(key, [...(keys.get(key) ?? []), at]);
    // the object literals local variables were given, by name (last one wins: names are reused little)
    const literals = new Map<string, Node>();
    walk.full(ast as acorn.Node, (n) => {
      const d = n as Node;
      const init = d.init as Node | null;
      if (
        d.type === 'VariableDeclarator' &&
        (d.id as Node).type === 'Identifier' &&
        (init?.type === 'ObjectExpression' || init?.type === 'ConditionalExpression')
      )
        literals.set((d.id as Node).name as string, init);
    });
    const collect = (obj: Node, at: string) => {
      for (const p of obj.properties as Node[]) {
        if (p.type === 'SpreadElement') {
          const arg = p.argument as Node;
          if (arg.type === 'ObjectExpression') collect(arg, at);
          else if (arg.type === 'Identifier' && literals.get(arg.name as string)?.type === 'ObjectExpression') collect(literals.get(arg.name as string)!, at);
          else if (arg.type !== 'ConditionalExpression' && arg.type !== 'LogicalExpression') opaque.push(`${at} (…spread)`);
          continue;
        }
        const k = keyOf(p);
        if (k) add(k, at);
        const v = p.value as Node;
        if (v?.type === 'ObjectExpression') collect(v, at);
      }
    };
    const value = (v: Node, at: string) => {
      if (v.type === 'ObjectExpression') collect(v, at);
      else if (v.type === 'Identifier' && literals.has(v.name as string)) value(literals.get(v.name as string)!, at);
      else if (v.type === 'UnaryExpression' && v.operator === 'void') {
        // undefined
      } else if (v.type === 'ConditionalExpression') {
        value(v.consequent as Node, at);
        value(v.alternate as Node, at);
      } else if (v.type === 'Identifier' && v.name === 'undefined') {
        // nothing
      } else if (v.type === 'Literal' && v.value === null) {
        // nothing
      } else opaque.push(`${at} ${js.slice(v.start, Math.min(v.end, v.start + 60))}`);
    };
    walk.simple(ast as acorn.Node, {
      CallExpression(n) {
        const call = n as unknown as Node;
        const callee = call.callee as Node;
        if (callee.type !== 'Identifier' || callee.name !== 'audit') return;
        const at = where(call);
        // the entity kind of every entry object (those with a `key`)
        for (const arg of (call.arguments as Node[]).slice(1))
          walk.full(arg as acorn.Node, (x) => {
            const o = x as Node;
            if (o.type !== 'ObjectExpression') return;
            const props = (o.properties as Node[]).filter((p) => p.type === 'Property');
            const entity = props.find((p) => keyOf(p) === 'entity');
            if (!entity) return;
            const v = entity.value as Node;
            if (v.type === 'Literal' && typeof v.value === 'string') addEntity(v.value, at);
            else unreadEntities.push(`${at} ${js.slice(v.start, v.end)}`);
          });
        // every object of the entries (one, an array of them, or built in a .map): their oldValue/newValue
        for (const arg of (call.arguments as Node[]).slice(1))
          walk.full(arg as acorn.Node, (x) => {
            const o = x as Node;
            if (o.type !== 'Property') return;
            const k = keyOf(o);
            if (k === 'oldValue' || k === 'newValue') value(o.value as Node, at);
          });
      },
    });
  }
  return { keys, opaque, entities, unreadEntities };
}
