#!/usr/bin/env python3
"""Generates Ta.java (English) and TaZh.java (Chinese) from ta.tsv: key<TAB>params<TAB>en<TAB>zh.
Keeping both languages on one line makes a missing translation impossible. A line "#@bundle tb" starts a second
bundle (Tb, TbZh; {tb:key} in templates): Quarkus 3.33 cannot generate a bundle of more than 300 keys
(quarkusio/quarkus#55584), so each bundle must stay below that; gen.py refuses to write a bigger one."""
import os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', 'java', 'io', 'hearth', 'portal', 'admin')
LIMIT = 290
bundles = {'ta': []}
current = 'ta'
for line in open(os.path.join(here, 'ta.tsv'), encoding='utf-8'):
    line = line.rstrip('\n')
    if line.startswith('#@bundle '):
        current = line.split()[1]
        bundles.setdefault(current, [])
        continue
    if not line or line.startswith('#'):
        continue
    key, params, en, zh = line.split('\t')
    bundles[current].append((key, params, en, zh))

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def sig(key, params):
    ps = ', '.join('String ' + p for p in params.split(',') if p) if params != '-' else ''
    return f'String {key}({ps})'

seen = set()
for name, rows in bundles.items():
    if len(rows) > LIMIT:
        raise SystemExit(f'bundle {name} has {len(rows)} keys, more than {LIMIT}: start another with a "#@bundle" line')
    for key, *_ in rows:
        if key in seen:
            raise SystemExit(f'key {key} is defined twice')
        seen.add(key)
    cls = name[0].upper() + name[1:]
    en = ['package io.hearth.portal.admin;', '', 'import io.quarkus.qute.i18n.Message;', 'import io.quarkus.qute.i18n.MessageBundle;', '',
          f'/** tenant-admin texts, English ({{@code {{{name}:key}}}} in templates). Generated from src/main/i18n/ta.tsv by gen.py: edit that. */',
          f'@MessageBundle(value = "{name}", locale = "en")', f'public interface {cls} {{', '']
    zh = ['package io.hearth.portal.admin;', '', 'import io.quarkus.qute.i18n.Localized;', 'import io.quarkus.qute.i18n.Message;', '',
          '/** tenant-admin texts, Simplified Chinese. Generated from src/main/i18n/ta.tsv by gen.py: edit that. */',
          '@Localized("zh-CN")', f'public interface {cls}Zh extends {cls} {{', '']
    for key, params, e, z in rows:
        en.append(f'    @Message({q(e)})')
        en.append(f'    {sig(key, params)};')
        en.append('')
        zh.append(f'    @Override')
        zh.append(f'    @Message({q(z)})')
        zh.append(f'    {sig(key, params)};')
        zh.append('')
    en.append('}')
    zh.append('}')
    open(os.path.join(out, f'{cls}.java'), 'w', encoding='utf-8').write('\n'.join(en) + '\n')
    open(os.path.join(out, f'{cls}Zh.java'), 'w', encoding='utf-8').write('\n'.join(zh) + '\n')
