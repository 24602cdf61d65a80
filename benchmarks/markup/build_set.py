#!/usr/bin/env python3
"""Build a held-out development set (benchmarks/dev, dev2, dev3) from its inline markup.

Each markup/<slug>.mk holds the article with ⟦surface|TYPE|canonical⟧ and
⟦surface|Q:kind|value|unit|approx⟧ marks (TYPE may be abbreviated P/O/L/D/N;
a two-bound range is one quantity written with value `min~max`, which gives
`value: null` and `range: {min, max}`),
{NNBSP} / {NBSP} placeholders for U+202F / U+00A0, then a line `===ATTR===`
and one attribution per line:
    kind | source surface or - | source canonical | cue surface or - | content
A trailing `#k` on content/cue/source picks the k-th occurrence (1-based) in the text.
Writes ../<slug>.txt and ../gold/<slug>.json and checks every span.
"""
import json, re, sys, glob, os

# Set by main(): the set's markup/ directory and the set directory above it.
HERE = ''
DEV = ''
LENGTH = (0, 0)
TYPES = {'P': 'PERSON', 'O': 'ORGANIZATION', 'L': 'LOCATION', 'D': 'DATE', 'N': 'NATIONALITY'}
MARK = re.compile(r'⟦([^⟦⟧]+)⟧')


def flex(s):
    # a plain space in the markup also matches U+00A0 / U+202F in the text
    return ''.join('[ \u00a0\u202f]' if ch == ' ' else re.escape(ch) for ch in s)


def occurrences(text, s):
    pat = re.compile(r'(?<!\w)' + flex(s) + r'(?!\w)')
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def split_k(s):
    m = re.match(r'^(.*)#(\d+)$', s)
    return (m.group(1), int(m.group(2))) if m else (s, None)


def dist(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def build(path):
    slug = os.path.basename(path)[:-3]
    raw = open(path, encoding='utf-8').read()
    body, attr_block = raw.split('\n===ATTR===\n')
    body = body.replace('{NNBSP}', '\u202f').replace('{NBSP}', '\u00a0').rstrip('\n')
    text, ents, qties = [], [], []
    pos, out_len = 0, 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()])
        out_len += m.start() - pos
        parts = m.group(1).split('|')
        surface = parts[0]
        start, end = out_len, out_len + len(surface)
        text.append(surface)
        out_len = end
        pos = m.end()
        if parts[1].startswith('Q:'):
            kind = parts[1][2:]
            assert kind in ('count', 'money', 'percent', 'measure', 'duration'), m.group(0)
            def num(x):
                v = float(x)
                return int(v) if v == int(v) else v
            if '~' in parts[2]:
                lo, hi = parts[2].split('~')
                q = {'start': start, 'end': end, 'text': surface, 'kind': kind, 'value': None,
                     'range': {'min': num(lo), 'max': num(hi)}}
                assert q['range']['min'] < q['range']['max'], m.group(0)
            else:
                q = {'start': start, 'end': end, 'text': surface, 'kind': kind, 'value': num(parts[2])}
            if parts[3]:
                q['unit'] = parts[3]
            q['approximate'] = parts[4] == '1'
            assert len(parts) == 5 and parts[4] in '01', m.group(0)
            qties.append(q)
        else:
            typ = TYPES.get(parts[1], parts[1])
            assert typ in TYPES.values(), m.group(0)
            e = {'start': start, 'end': end, 'text': surface, 'type': typ}
            canon = parts[2] if len(parts) > 2 else None
            if typ == 'PERSON':
                e['canonical'] = canon or surface
            elif canon and canon != surface:
                e['canonical'] = canon
            ents.append(e)
    text.append(body[pos:])
    text = ''.join(text)
    assert '⟦' not in text and '⟧' not in text

    attrs = []
    for line in attr_block.strip().splitlines():
        if not line.strip() or line.startswith('//'):
            continue
        kind, src, srccanon, cue, content = [x.strip() for x in line.split(' | ')]
        assert kind in ('direct', 'indirect', 'mixed', 'according-to'), line
        c, k = split_k(content)
        occ = [(mm.start(), mm.end()) for mm in re.finditer('(?=(' + flex(c) + '))', text)]
        occ = [(mm.start(), mm.start() + len(mm.group(1))) for mm in re.finditer('(?=(' + flex(c) + '))', text)]
        if k is None:
            assert len(occ) == 1, f'{slug}: content found {len(occ)}x: {c[:60]}'
            cspan = occ[0]
        else:
            cspan = occ[k - 1]
        a = {'kind': kind}
        cuespan = None
        if cue != '-':
            cs, ck = split_k(cue)
            co = occurrences(text, cs)
            assert co, f'{slug}: cue not found: {cs}'
            if ck:
                cuespan = co[ck - 1]
            else:
                outside = [o for o in co if dist(o, cspan) > 0 or o[1] == cspan[0] or o[0] == cspan[1]]
                outside = [o for o in outside if not (cspan[0] <= o[0] and o[1] <= cspan[1])]
                near = [o for o in outside if dist(o, cspan) < 250]
                cands = near or co
                cuespan = min(cands, key=lambda o: dist(o, cspan))
        if src == '-':
            a['source'] = {'canonical': srccanon} if srccanon != '-' else None
        else:
            ss, sk = split_k(src)
            so = occurrences(text, ss)
            assert so, f'{slug}: source not found: {ss}'
            if sk:
                sspan = so[sk - 1]
            else:
                ref = cuespan or cspan
                sspan = min(so, key=lambda o: dist(o, ref))
            a['source'] = {'start': sspan[0], 'end': sspan[1], 'text': text[sspan[0]:sspan[1]], 'canonical': srccanon}
        a['cue'] = {'start': cuespan[0], 'end': cuespan[1], 'text': text[cuespan[0]:cuespan[1]]} if cuespan else None
        a['content'] = {'start': cspan[0], 'end': cspan[1], 'text': text[cspan[0]:cspan[1]]}
        attrs.append(a)

    ents.sort(key=lambda e: (e['start'], -e['end']))
    qties.sort(key=lambda e: (e['start'], -e['end']))
    gold = {'entities': ents, 'quantities': qties, 'attributions': attrs}
    check(slug, text, gold)
    open(os.path.join(DEV, slug + '.txt'), 'w', encoding='utf-8').write(text)
    with open(os.path.join(DEV, 'gold', slug + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return slug, text, gold


def check(slug, text, gold):
    spans = []
    for e in gold['entities'] + gold['quantities']:
        spans.append(e)
    for a in gold['attributions']:
        for part in ('source', 'cue', 'content'):
            if a[part] and 'start' in a[part]:
                spans.append(a[part])
    for s in spans:
        assert text[s['start']:s['end']] == s['text'], (slug, s)
        assert s['text'] == s['text'].strip() and s['text'], (slug, s)
    for lst in (gold['entities'], gold['quantities']):
        for x, y in zip(lst, lst[1:]):
            assert x['end'] <= y['start'], (slug, 'overlap', x, y)
    for e in gold['entities']:
        for q in gold['quantities']:
            if not (e['end'] <= q['start'] or q['end'] <= e['start']):
                print(f'  note {slug}: entity/quantity overlap {e["text"]!r} / {q["text"]!r}')
    assert LENGTH[0] <= len(text) <= LENGTH[1], (slug, len(text))
    assert not text.endswith('\n') and '\n' in text, slug


def main(markup_dir, min_length, max_length):
    """Build every <slug>.mk of `markup_dir`; articles must be `min_length`..`max_length` characters."""
    global HERE, DEV, LENGTH
    HERE = os.path.abspath(markup_dir)
    DEV = os.path.dirname(HERE)
    LENGTH = (min_length, max_length)
    files = sorted(glob.glob(os.path.join(HERE, '*.mk')))
    verbose = '-v' in sys.argv
    for p in files:
        slug, text, gold = build(p)
        from collections import Counter
        ct = Counter(e['type'] for e in gold['entities'])
        print(f'{slug}: {len(text)} chars, entities {len(gold["entities"])} {dict(ct)}, '
              f'quantities {len(gold["quantities"])}, attributions {len(gold["attributions"])}')
        if verbose:
            for a in gold['attributions']:
                s, c, ct_ = a['source'], a['cue'], a['content']
                def ctx(sp):
                    return f'{text[max(0, sp["start"]-12):sp["start"]]}[{sp["text"]}]{text[sp["end"]:sp["end"]+12]}'.replace('\n', '⏎')
                print(f'   {a["kind"]:12} SRC {ctx(s) if s and "start" in s else s}  CUE {ctx(c) if c else None}  CONTENT@{ct_["start"]} {ct_["text"][:50]!r}…{ct_["text"][-25:]!r}')
