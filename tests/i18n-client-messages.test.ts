// Staff and account pages hand their client components only the message catalogs listed for their
// section in lib/i18n/pick-messages.ts. This walks each section's imports the way the bundler does and
// fails when a client component asks useTranslations() for a namespace its section does not hand over
// (the browser would show the raw key instead of the text).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_CLIENT_NAMESPACES, CLIENT_MESSAGES, namespacesFor, pickFrom } from '@/lib/i18n/pick-messages';
import id from '@/messages/id.json';

const ROOT = path.resolve(__dirname, '..');
const APP = path.join(ROOT, 'app/[locale]');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const c of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Namespaces passed to useTranslations() by client modules reachable from `file` (a client module's imports are client too). */
function clientNamespaces(file: string, seen = new Set<string>(), out = new Map<string, string>(), inClient = false) {
  if (seen.has(file)) return out;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  const client = inClient || /^\s*['"]use client['"]/.test(src);
  if (client) {
    // useTranslations() without a namespace only looks up keys chosen at run time (field errors,
    // criterion labels); those keys are checked by the schemas' own tests.
    for (const m of src.matchAll(/useTranslations\(\s*'([^']+)'\s*\)/g)) out.set(m[1], path.relative(ROOT, file));
  }
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    const r = resolveImport(file, m[1]);
    if (r) clientNamespaces(r, seen, out, client);
  }
  return out;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : [],
  );

const covered = (used: string, provided: readonly string[]) => provided.some((p) => used === p || used.startsWith(`${p}.`));

describe('client message catalogs per section', () => {
  for (const area of ['staff', 'account'] as const) {
    for (const entry of readdirSync(path.join(APP, area), { withFileTypes: true })) {
      const section = `${area}/${entry.name}`;
      const files = entry.isDirectory() ? sourceFiles(path.join(APP, area, entry.name)) : [path.join(APP, area, entry.name)];
      const provided = entry.isDirectory() && section in CLIENT_MESSAGES ? namespacesFor(section as keyof typeof CLIENT_MESSAGES) : namespacesFor(area);
      it(`${section} hands over every namespace its client components use`, () => {
        const used = new Map<string, string>();
        for (const f of files) for (const [ns, where] of clientNamespaces(f)) used.set(ns, where);
        const missing = [...used].filter(([ns]) => !covered(ns, provided)).map(([ns, where]) => `${ns} (${where})`);
        expect(missing).toEqual([]);
      });
    }
  }

  it('every listed section has a layout that provides it', () => {
    for (const section of Object.keys(CLIENT_MESSAGES)) {
      const layout = path.join(APP, section, 'layout.tsx');
      expect(readFileSync(layout, 'utf8'), section).toContain(`<ClientMessages section="${section}">`);
    }
  });

  it('every listed path exists in the catalog', () => {
    const has = (p: string) => p.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), id) !== undefined;
    const all = [...BASE_CLIENT_NAMESPACES, ...Object.values(CLIENT_MESSAGES).flat()];
    expect(all.filter((p) => !has(p))).toEqual([]);
  });
});

describe('pickFrom', () => {
  it('keeps top-level namespaces and dotted sub-trees in the catalog shape', () => {
    const picked = pickFrom(id, ['roles', 'isp.coverage', 'auth.login', 'nope.missing']) as Record<string, Record<string, unknown>>;
    expect(picked.roles).toEqual(id.roles);
    expect(Object.keys(picked.isp)).toEqual(['coverage']);
    expect(picked.isp.coverage).toEqual(id.isp.coverage);
    expect(Object.keys(picked.auth)).toEqual(['login']);
    expect(picked).not.toHaveProperty('nope');
  });
});
