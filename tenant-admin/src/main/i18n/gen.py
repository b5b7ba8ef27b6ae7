#!/usr/bin/env python3
"""Generates Ta.java (English) and TaZh.java (Chinese) from ta.tsv: key<TAB>params<TAB>en<TAB>zh.
Keeping both languages on one line makes a missing translation impossible."""
import os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', 'java', 'io', 'hearth', 'portal', 'admin')
rows = []
for line in open(os.path.join(here, 'ta.tsv'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    key, params, en, zh = line.split('\t')
    rows.append((key, params, en, zh))

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def sig(key, params):
    ps = ', '.join('String ' + p for p in params.split(',') if p) if params != '-' else ''
    return f'String {key}({ps})'

en = ['package io.hearth.portal.admin;', '', 'import io.quarkus.qute.i18n.Message;', 'import io.quarkus.qute.i18n.MessageBundle;', '',
      '/** tenant-admin texts, English ({@code {ta:key}} in templates). Generated from src/main/i18n/ta.tsv by gen.py: edit that. */',
      '@MessageBundle(value = "ta", locale = "en")', 'public interface Ta {', '']
zh = ['package io.hearth.portal.admin;', '', 'import io.quarkus.qute.i18n.Localized;', 'import io.quarkus.qute.i18n.Message;', '',
      '/** tenant-admin texts, Simplified Chinese. Generated from src/main/i18n/ta.tsv by gen.py: edit that. */',
      '@Localized("zh-CN")', 'public interface TaZh extends Ta {', '']
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
open(os.path.join(out, 'Ta.java'), 'w', encoding='utf-8').write('\n'.join(en) + '\n')
open(os.path.join(out, 'TaZh.java'), 'w', encoding='utf-8').write('\n'.join(zh) + '\n')
