// Both catalogs must carry the same keys, no empty text, and the same ICU arguments, so switching
// language never shows a raw key or drops a value from a sentence.
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import id from '@/messages/id.json';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/**
 * The argument names of an ICU message, with their type: `{name}` → "name", `{n, plural, …}` →
 * "n:plural". Branch texts of plural/select are searched too. Quoted text ('{literal}') is skipped.
 */
function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const parseMessage = (untilBrace: boolean) => {
    while (i < message.length) {
      const c = message[i];
      if (c === "'" && message[i + 1] === "'") {
        i += 2;
      } else if (c === "'" && (message[i + 1] === '{' || message[i + 1] === '}')) {
        const end = message.indexOf("'", i + 1);
        i = end === -1 ? message.length : end + 1;
      } else if (c === '{') {
        i++;
        parseArgument();
      } else if (c === '}' && untilBrace) {
        i++;
        return;
      } else {
        i++;
      }
    }
  };
  const parseArgument = () => {
    const close = /[,}]/g;
    close.lastIndex = i;
    const m = close.exec(message);
    if (!m) throw new Error(`unclosed argument in "${message}"`);
    const name = message.slice(i, m.index).trim();
    i = m.index + 1;
    if (m[0] === '}') {
      found.add(name);
      return;
    }
    const typeEnd = message.slice(i).search(/[,}]/);
    if (typeEnd === -1) throw new Error(`unclosed argument in "${message}"`);
    const type = message.slice(i, i + typeEnd).trim();
    i += typeEnd + 1;
    found.add(`${name}:${type}`);
    if (message[i - 1] === '}') return;
    if (['plural', 'select', 'selectordinal'].includes(type)) {
      // selector {message} selector {message} … }
      while (i < message.length) {
        while (/\s/.test(message[i] ?? '')) i++;
        if (message[i] === '}') {
          i++;
          return;
        }
        const open = message.indexOf('{', i);
        if (open === -1) throw new Error(`bad ${type} in "${message}"`);
        i = open + 1;
        parseMessage(true);
      }
    } else {
      // number/date/time style: skip to the closing brace
      const end = message.indexOf('}', i);
      i = end + 1;
    }
  };
  parseMessage(false);
  return [...found].sort();
}

const idFlat = flatten(id as Tree);
const enFlat = flatten(en as Tree);

describe('message catalogs', () => {
  it('id.json and en.json have the same keys', () => {
    const onlyId = [...idFlat.keys()].filter((k) => !enFlat.has(k));
    const onlyEn = [...enFlat.keys()].filter((k) => !idFlat.has(k));
    expect({ onlyId, onlyEn }).toEqual({ onlyId: [], onlyEn: [] });
    expect(idFlat.size).toBeGreaterThan(100);
  });

  it('no message is empty', () => {
    const empty = [...idFlat, ...enFlat].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('every message has the same ICU arguments in both languages', () => {
    const mismatched: Array<{ key: string; id: string[]; en: string[] }> = [];
    for (const [key, idText] of idFlat) {
      const enText = enFlat.get(key);
      if (enText === undefined) continue;
      const a = icuArguments(idText);
      const b = icuArguments(enText);
      if (JSON.stringify(a) !== JSON.stringify(b)) mismatched.push({ key, id: a, en: b });
    }
    expect(mismatched).toEqual([]);
    // the check has something to compare: many messages take arguments
    expect([...idFlat.values()].filter((v) => icuArguments(v).length > 0).length).toBeGreaterThan(10);
  });

  it('the argument parser sees plain, typed and nested arguments', () => {
    expect(icuArguments('Halaman {page} dari {pages}')).toEqual(['page', 'pages']);
    expect(icuArguments('{count, plural, =0 {Tidak ada} other {# data untuk {name}}}')).toEqual(['count:plural', 'name']);
    expect(icuArguments("Pakai '{'kurung'}' {x}")).toEqual(['x']);
    expect(icuArguments('{d, date, short} {n, number}')).toEqual(['d:date', 'n:number']);
  });
});
