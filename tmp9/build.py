# assemble + validate train9 from hand-written batch files (lang|kind|paid|family|rules|text)
import json,re,glob,sys
M={'SUP':'CLAIM.SUPERLATIVE','GUA':'CLAIM.ABSOLUTE_GUARANTEE','PUR':'CLAIM.PURITY_100','SAF':'CLAIM.SAFETY','CURE':'CLAIM.HEALTH_CURE','STAT':'CLAIM.UNSUBSTANTIATED_STAT','AUTH':'CLAIM.AUTHORITY_ENDORSEMENT','FREE':'CLAIM.FAKE_FREE','DIS':'CLAIM.COMPETITOR_DISPARAGE','TESTI':'CLAIM.TESTIMONIAL','TERMS':'DISCLOSE.TERMS_MISSING','LIM':'DISCLOSE.LIMITATIONS_RISK','FIN':'DISCLOSE.FINANCE_RETURN','PAID':'DISCLOSE.PAID_PARTNERSHIP','CHILD':'DISCLOSE.CHILD_APPEAL','URG':'PRESSURE.FAKE_URGENCY','SCAR':'PRESSURE.FAKE_SCARCITY','CTA':'PRESSURE.CTA_STACK','FOMO':'PRESSURE.FOMO_SHAME','TYPO':'PRESSURE.TYPOGRAPHY'}
rules=set(re.findall(r'\| ((?:CLAIM|DISCLOSE|PRESSURE)\.[A-Z_0-9]+) \|',open('/work/shared/TRUST-RULES.md').read()))
rows=[];seen=set()
for f in sorted(glob.glob('/work/wt/gdatad/tmp9/b*.txt')):
  for ln in open(f,encoding='utf8'):
    ln=ln.rstrip('\n')
    if not ln.strip() or ln.startswith('#'): continue
    p=ln.split('|',5); assert len(p)==6,ln
    lang,kind,paid,fam,rs,text=p
    assert lang in('id','en','mix') and kind in('post','reply') and paid in('0','1'),ln
    exp=sorted(M[r] for r in rs.split(',') if r) if rs!='-' else []
    for r in exp: assert r in rules,r
    assert text.strip()==text and text not in seen,ln; seen.add(text)
    if exp==[]: assert fam.startswith('clean'),ln
    rows.append(dict(id='t9-%03d'%(len(rows)+1),split='train9',lang=lang,kind=kind,paid=paid=='1',text=text,expect=exp,family=fam))
with open('/work/wt/gdatad/corpora/guard/train9.jsonl','w',encoding='utf8') as o:
  for r in rows: o.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
print(len(rows),'clean',sum(1 for r in rows if not r['expect']),Counter(r['lang'] for r in rows),Counter(r['kind'] for r in rows))
print(Counter(r['family'] for r in rows if r['expect']))
print(Counter(x for r in rows for x in r['expect']))
