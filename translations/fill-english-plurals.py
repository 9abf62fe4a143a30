#!/usr/bin/env python3
"""Fills the English plural forms of newsdesk_en.ts from the source text: "%n article(s)" becomes
"%n article" and "%n articles". Run after `cmake --build <dir> --target update_translations`."""
import re, sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
def fill(m):
    block = m.group(0)
    src = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    one = re.sub(r'\((e?s)\)', '', src)
    many = re.sub(r'\((e?s)\)', r'\1', src)
    new = '<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>' % (one, many)
    return re.sub(r'<translation[^>]*>.*?</translation>|<translation type="unfinished"/>', new, block, flags=re.S)
s = re.sub(r'<message numerus="yes">.*?</message>', fill, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)
