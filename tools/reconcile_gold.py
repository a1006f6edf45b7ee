#!/usr/bin/env python3
"""Reconcile sentence gold with entities added to the gazetteer after the gold was labelled.

Gold files list the gazetteer ids known when they were labelled, and (fresh sets) the
Libya-relevant names that had no entry then, under `unlisted`. When the gazetteer grows, a
predicted id that did not exist at labelling time can be neither right nor wrong by the gold:
- it becomes required (`entities`) when its mention covers an `unlisted` name of the sentence
  (the labeller said that name is a Libya-relevant entity);
- otherwise it becomes optional (`entities_optional`): counted neither way.
Ids that existed at labelling time are never touched, so misses and false alarms stay.
Also prints the coverage of `unlisted` names (how many now have an entry).

Usage: python3 tools/reconcile_gold.py OLD_IDS.txt GOLD.jsonl... [--write] [--cmd CMD]
"""
import json, subprocess, sys, unicodedata, re

def norm(s):
    s = re.sub('[\u064b-\u065f\u0670\u0640]', '', s)
    for a, b in [('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ى', 'ي'), ('ة', 'ه'), ('ؤ', 'و'), ('ئ', 'ي')]:
        s = s.replace(a, b)
    return ' '.join(s.split())

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    write = '--write' in sys.argv
    cmd = 'target/release/examples/annotate --jsonl'
    if '--cmd' in sys.argv:
        cmd = sys.argv[sys.argv.index('--cmd') + 1]
        args.remove(cmd)
    old = {l.strip() for l in open(args[0], encoding='utf-8') if l.strip()}
    for path in args[1:]:
        gold = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
        feed = ''.join(json.dumps({'id': g['id'], 'text': g['text'], **({'date': g['date']} if 'date' in g else {})}, ensure_ascii=False) + '\n' for g in gold)
        out = subprocess.run(cmd, shell=True, input=feed.encode(), capture_output=True, check=True).stdout.decode()
        pred = {str(o['id']): o for o in map(json.loads, out.splitlines())}
        req = opt = unl = covered = 0
        for g in gold:
            ents = pred[str(g['id'])].get('entities', [])
            known = set(g['entities']) | set(g.get('entities_optional', []))
            unlisted = [norm(u['text']) for u in g.get('unlisted', [])]
            unl += len(unlisted)
            hit_unlisted = set()
            for m in ents:
                mt = norm(m['text'])
                for k, u in enumerate(unlisted):
                    if u and (u in mt or mt in u):
                        hit_unlisted.add(k)
            covered += len(hit_unlisted)
            for m in ents:
                i = m['id']
                if i in old or i in known:
                    continue
                mt = norm(m['text'])
                if any(u and (u in mt or mt in u) for u in unlisted):
                    g['entities'].append(i); req += 1
                else:
                    g.setdefault('entities_optional', []).append(i); opt += 1
                known.add(i)
        print(f"{path}: {req} new ids required (cover an unlisted name), {opt} optional; unlisted names covered {covered}/{unl}")
        if write:
            with open(path, 'w', encoding='utf-8') as f:
                for g in gold:
                    f.write(json.dumps(g, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
