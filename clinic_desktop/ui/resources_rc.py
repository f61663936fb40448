# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0c\x05\
/\
* clinic-desktop\
 theme.\x0a *\x0a * Ru\
le of thumb: col\
ours come from p\
alette(...) so t\
he app follows t\
he\x0a * platform l\
ight/dark palett\
e automatically.\
 The only fixed \
colour is the\x0a *\
 clinic accent t\
eal #1f7a8c, use\
d for the naviga\
tion selection m\
arker.\x0a * Sizes \
are generous bec\
ause the screen \
is read from acr\
oss a reception \
desk.\x0a */\x0a\x0a/* --\
-- Navigation si\
debar ----------\
----------------\
----------------\
------ */\x0a\x0aQList\
Widget#navigatio\
n {\x0a    /* Blend\
 into the window\
 instead of look\
ing like a white\
 data list. */\x0a \
   background: p\
alette(window);\x0a\
    border: none\
;\x0a    border-rig\
ht: 1px solid pa\
lette(mid);\x0a    \
font-size: 15px;\
\x0a    outline: 0;\
                \
 /* no dotted fo\
cus rectangle on\
 items */\x0a    pa\
dding-top: 6px;\x0a\
}\x0a\x0aQListWidget#n\
avigation::item \
{\x0a    height: 44\
px;             \
  /* a big, easy\
 target for mous\
e and touch */\x0a \
   padding: 0 12\
px;\x0a    /* Trans\
parent bar keeps\
 text from shift\
ing when the ite\
m gets selected.\
 */\x0a    border-l\
eft: 4px solid t\
ransparent;\x0a    \
color: palette(w\
indow-text);\x0a}\x0a\x0a\
QListWidget#navi\
gation::item:hov\
er {\x0a    backgro\
und: palette(mid\
light);\x0a}\x0a\x0aQList\
Widget#navigatio\
n::item:selected\
 {\x0a    /* Teal b\
ar plus a light \
teal wash; the w\
ash is transluce\
nt so it\x0a       \
works on light a\
nd dark windows \
alike and the te\
xt stays readabl\
e. */\x0a    border\
-left: 4px solid\
 #1f7a8c;\x0a    ba\
ckground: rgba(3\
1, 122, 140, 0.1\
8);\x0a    color: p\
alette(window-te\
xt);\x0a    /* No f\
ont-weight here:\
 Qt ignores font\
 properties on :\
:item, so the\x0a  \
     code bolds \
the current item\
's QFont itself.\
 */\x0a}\x0a\x0a/* ---- H\
eadings and plac\
eholders -------\
----------------\
----------------\
-- */\x0a\x0aQLabel#vi\
ewTitle {\x0a    fo\
nt-size: 20px;\x0a \
   font-weight: \
bold;\x0a    paddin\
g: 4px 0 8px 0;\x0a\
}\x0a\x0aQLabel#placeh\
olderTitle {\x0a   \
 font-size: 18px\
;\x0a    font-weigh\
t: bold;\x0a    col\
or: palette(wind\
ow-text);\x0a    qp\
roperty-alignmen\
t: AlignCenter;\x0a\
}\x0a\x0aQLabel#placeh\
olderText {\x0a    \
font-size: 14px;\
\x0a    /* Muted: t\
he palette's pla\
ceholder colour \
(text colour at \
reduced\x0a       o\
pacity). palette\
(mid) was too fa\
int on most ligh\
t palettes. */\x0a \
   color: palett\
e(placeholder-te\
xt);\x0a    qproper\
ty-alignment: Al\
ignCenter;\x0a    q\
property-wordWra\
p: true;\x0a}\x0a\x0a/* -\
--- Tables -----\
----------------\
----------------\
----------------\
------- */\x0a\x0aQTab\
leView {\x0a    gri\
dline-color: pal\
ette(midlight);\x0a\
    selection-ba\
ckground-color: \
palette(highligh\
t);\x0a    selectio\
n-color: palette\
(highlighted-tex\
t);\x0a}\x0a\x0a/* Stylin\
g any part of a \
header section s\
witches Qt to dr\
awing it itself,\
\x0a   so backgroun\
d and borders ar\
e given here too\
, all from the p\
alette. */\x0aQTabl\
eView QHeaderVie\
w::section {\x0a   \
 background: pal\
ette(button);\x0a  \
  color: palette\
(button-text);\x0a \
   padding: 6px;\
\x0a    font-weight\
: bold;\x0a    bord\
er: none;\x0a    bo\
rder-right: 1px \
solid palette(mi\
dlight);\x0a    bor\
der-bottom: 1px \
solid palette(mi\
d);\x0a}\x0a\x0a/* ---- T\
ool bar and stat\
us bar ---------\
----------------\
----------------\
-- */\x0a\x0aQToolBar \
{\x0a    border: no\
ne;\x0a    spacing:\
 4px;\x0a}\x0a\x0aQStatus\
Bar {\x0a    border\
-top: 1px solid \
palette(mid);\x0a}\x0a\
\x0aQStatusBar::ite\
m {\x0a    border: \
none;           \
    /* drop the \
dated sunken fra\
mes */\x0a}\x0a\x0aQStatu\
sBar QLabel {\x0a  \
  padding: 0 8px\
;\x0a}\x0a\
\x00\x00\x01z\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- a printer\
: paper in at th\
e top, the body,\
 the printed she\
et out at the bo\
ttom -->\x0a  <path\
 d=\x22M7 8V3h10v5\x22\
/>\x0a  <rect x=\x223\x22\
 y=\x228\x22 width=\x2218\
\x22 height=\x229\x22 rx=\
\x222\x22/>\x0a  <path d=\
\x22M7 14h10v7H7z\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01Z\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- bell: a r\
eminder that a p\
atient is due ba\
ck -->\x0a  <path d\
=\x22M18 16v-5a6 6 \
0 0 0-12 0v5l-2 \
2h16z\x22/>\x0a  <path\
 d=\x22M10 21a2 2 0\
 0 0 4 0\x22/>\x0a  <p\
ath d=\x22M12 3v2\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01-\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- circular \
arrow, open at t\
he top right -->\
\x0a  <path d=\x22M20 \
12a8 8 0 1 1-2.3\
4-5.66\x22/>\x0a  <pat\
h d=\x22M18 2.5v4h-\
4\x22/>\x0a</svg>\x0a\
\x00\x00\x01V\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- storage c\
ylinder with one\
 band -->\x0a  <ell\
ipse cx=\x2212\x22 cy=\
\x226\x22 rx=\x227\x22 ry=\x223\
\x22/>\x0a  <path d=\x22M\
5 6v12a7 3 0 0 0\
 14 0V6\x22/>\x0a  <pa\
th d=\x22M5 12a7 3 \
0 0 0 14 0\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\x18\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- plus sign\
 in a circle -->\
\x0a  <circle cx=\x221\
2\x22 cy=\x2212\x22 r=\x229\x22\
/>\x0a  <path d=\x22M1\
2 8v8M8 12h8\x22/>\x0a\
</svg>\x0a\
\x00\x00\x02u\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- eight-too\
th gear with a h\
ub -->\x0a  <path d\
=\x22M18.92 13.03L2\
1.04 14.17L19.93\
 16.86L17.63 16.\
16L16.16 17.63L1\
6.86 19.93L14.17\
 21.04L13.03 18.\
92L10.97 18.92L9\
.83 21.04L7.14 1\
9.93L7.84 17.63L\
6.37 16.16L4.07 \
16.86L2.96 14.17\
L5.08 13.03L5.08\
 10.97L2.96 9.83\
L4.07 7.14L6.37 \
7.84L7.84 6.37L7\
.14 4.07L9.83 2.\
96L10.97 5.08L13\
.03 5.08L14.17 2\
.96L16.86 4.07L1\
6.16 6.37L17.63 \
7.84L19.93 7.14L\
21.04 9.83L18.92\
 10.97Z\x22/>\x0a  <ci\
rcle cx=\x2212\x22 cy=\
\x2212\x22 r=\x223\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x00\xf6\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- chevron p\
ointing left -->\
\x0a  <path d=\x22M15 \
5l-7 7 7 7\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\xa1\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- clipboard\
 with a check ma\
rk: today's list\
 -->\x0a  <path d=\x22\
M9 4H7a2 2 0 0 0\
-2 2v13a2 2 0 0 \
0 2 2h10a2 2 0 0\
 0 2-2V6a2 2 0 0\
 0-2-2h-2\x22/>\x0a  <\
rect x=\x229\x22 y=\x222.\
5\x22 width=\x226\x22 hei\
ght=\x223.5\x22 rx=\x221\x22\
/>\x0a  <path d=\x22M8\
.5 13.5l2.5 2.5 \
4.5-5\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01:\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- a bar cha\
rt on its axes -\
->\x0a  <path d=\x22M3\
 3v18h18\x22/>\x0a  <p\
ath d=\x22M8 17v-5\x22\
/>\x0a  <path d=\x22M1\
3 17V8\x22/>\x0a  <pat\
h d=\x22M18 17v-8\x22/\
>\x0a</svg>\x0a\
\x00\x00\x00\xf5\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- chevron p\
ointing right --\
>\x0a  <path d=\x22M9 \
5l7 7-7 7\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01\x9f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- calendar \
page: binding ri\
ngs, header rule\
, two rows of da\
y marks -->\x0a  <r\
ect x=\x223\x22 y=\x225\x22 \
width=\x2218\x22 heigh\
t=\x2216\x22 rx=\x222\x22/>\x0a\
  <path d=\x22M8 3v\
4M16 3v4M3 10h18\
\x22/>\x0a  <path d=\x22M\
7.5 14h1M11.5 14\
h1M15.5 14h1M7.5\
 17.5h1M11.5 17.\
5h1\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x9d\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- two peopl\
e: one in front,\
 one partly behi\
nd -->\x0a  <circle\
 cx=\x229\x22 cy=\x228\x22 r\
=\x223.5\x22/>\x0a  <path\
 d=\x22M3 20v-1a5 5\
 0 0 1 5-5h2a5 5\
 0 0 1 5 5v1\x22/>\x0a\
  <path d=\x22M15.5\
 4.6a3.5 3.5 0 0\
 1 0 6.8\x22/>\x0a  <p\
ath d=\x22M18 14.3a\
5 5 0 0 1 3 4.7v\
1\x22/>\x0a</svg>\x0a\
\x00\x00\x06\x92\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <!-- clinic\
-desktop applica\
tion icon: teal \
tile, calendar p\
age, medication \
vial.\x0a       Ori\
ginal artwork fo\
r this project. \
Kept to large, f\
lat shapes so it\
 survives 16x16.\
 -->\x0a  <rect x=\x22\
2\x22 y=\x222\x22 width=\x22\
60\x22 height=\x2260\x22 \
rx=\x2214\x22 fill=\x22#1\
f7a8c\x22/>\x0a  <!-- \
calendar page wi\
th header rule a\
nd binding rings\
 -->\x0a  <rect x=\x22\
8\x22 y=\x2216\x22 width=\
\x2234\x22 height=\x2234\x22\
 rx=\x224\x22 fill=\x22#f\
fffff\x22/>\x0a  <rect\
 x=\x228\x22 y=\x2225\x22 wi\
dth=\x2234\x22 height=\
\x223\x22 fill=\x22#1f7a8\
c\x22/>\x0a  <rect x=\x22\
15\x22 y=\x2210\x22 width\
=\x224\x22 height=\x2210\x22\
 rx=\x222\x22 fill=\x22#f\
fffff\x22 stroke=\x22#\
1f7a8c\x22 stroke-w\
idth=\x222\x22/>\x0a  <re\
ct x=\x2231\x22 y=\x2210\x22\
 width=\x224\x22 heigh\
t=\x2210\x22 rx=\x222\x22 fi\
ll=\x22#ffffff\x22 str\
oke=\x22#1f7a8c\x22 st\
roke-width=\x222\x22/>\
\x0a  <!-- day grid\
; one darker cel\
l marks the book\
ed day -->\x0a  <g \
fill=\x22#9fcbd4\x22>\x0a\
    <rect x=\x2213\x22\
 y=\x2232\x22 width=\x226\
\x22 height=\x225\x22 rx=\
\x221\x22/>\x0a    <rect \
x=\x2221\x22 y=\x2232\x22 wi\
dth=\x226\x22 height=\x22\
5\x22 rx=\x221\x22/>\x0a    \
<rect x=\x2229\x22 y=\x22\
32\x22 width=\x226\x22 he\
ight=\x225\x22 rx=\x221\x22/\
>\x0a    <rect x=\x221\
3\x22 y=\x2240\x22 width=\
\x226\x22 height=\x225\x22 r\
x=\x221\x22/>\x0a    <rec\
t x=\x2221\x22 y=\x2240\x22 \
width=\x226\x22 height\
=\x225\x22 rx=\x221\x22/>\x0a  \
</g>\x0a  <rect x=\x22\
29\x22 y=\x2240\x22 width\
=\x226\x22 height=\x225\x22 \
rx=\x221\x22 fill=\x22#1f\
7a8c\x22/>\x0a  <!-- v\
ial: body, neck \
and crimp cap, e\
ach outlined in \
the tile colour\x0a\
       so the vi\
al stays separat\
e from the page \
where they overl\
ap -->\x0a  <g stro\
ke=\x22#1f7a8c\x22 str\
oke-linejoin=\x22ro\
und\x22>\x0a    <rect \
x=\x2239\x22 y=\x2233\x22 wi\
dth=\x2215\x22 height=\
\x2222\x22 rx=\x223.5\x22 fi\
ll=\x22#ffffff\x22 str\
oke-width=\x223\x22/>\x0a\
    <rect x=\x2242.\
5\x22 y=\x2228\x22 width=\
\x228\x22 height=\x226\x22 f\
ill=\x22#ffffff\x22 st\
roke-width=\x222\x22/>\
\x0a    <rect x=\x2240\
.5\x22 y=\x2222\x22 width\
=\x2212\x22 height=\x227\x22\
 rx=\x222\x22 fill=\x22#0\
e4a57\x22 stroke-wi\
dth=\x222\x22/>\x0a  </g>\
\x0a  <rect x=\x2242.5\
\x22 y=\x2243\x22 width=\x22\
8\x22 height=\x228.5\x22 \
rx=\x221.5\x22 fill=\x22#\
6fb3c0\x22/>\x0a</svg>\
\x0a\
\x00\x00\x01u\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- calendar \
page with one hi\
ghlighted day --\
>\x0a  <rect x=\x223\x22 \
y=\x225\x22 width=\x2218\x22\
 height=\x2216\x22 rx=\
\x222\x22/>\x0a  <path d=\
\x22M8 3v4M16 3v4M3\
 10h18\x22/>\x0a  <cir\
cle cx=\x2215\x22 cy=\x22\
15.5\x22 r=\x222\x22 fill\
=\x22#4a5a70\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01\x19\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- magnifyin\
g glass -->\x0a  <c\
ircle cx=\x2210\x22 cy\
=\x2210\x22 r=\x226.5\x22/>\x0a\
  <path d=\x22M14.8\
 14.8l5.7 5.7\x22/>\
\x0a</svg>\x0a\
\x00\x00\x01X\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- lower-cas\
e i in a circle \
-->\x0a  <circle cx\
=\x2212\x22 cy=\x2212\x22 r=\
\x229\x22/>\x0a  <path d=\
\x22M12 11v6\x22/>\x0a  <\
circle cx=\x2212\x22 c\
y=\x227.5\x22 r=\x221.25\x22\
 fill=\x22#4a5a70\x22 \
stroke=\x22none\x22/>\x0a\
</svg>\x0a\
\x00\x00\x01H\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#4a5a70\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <!-- open door\
 frame with an a\
rrow leaving it \
-->\x0a  <path d=\x22M\
10 4H6a2 2 0 0 0\
-2 2v12a2 2 0 0 \
0 2 2h4\x22/>\x0a  <pa\
th d=\x22M10 12h10M\
16 8l4 4-4 4\x22/>\x0a\
</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x0c8\xadc\
\x00t\
\x00h\x00e\x00m\x00e\x00.\x00q\x00s\x00s\
\x00\x09\
\x00W\xb5\xe7\
\x00p\
\x00r\x00i\x00n\x00t\x00.\x00s\x00v\x00g\
\x00\x0b\
\x03\xc7)\xc7\
\x00r\
\x00e\x00c\x00a\x00l\x00l\x00s\x00.\x00s\x00v\x00g\
\x00\x0b\
\x0cj!\xc7\
\x00r\
\x00e\x00f\x00r\x00e\x00s\x00h\x00.\x00s\x00v\x00g\
\x00\x0c\
\x05\xc9\x15\xc7\
\x00d\
\x00a\x00t\x00a\x00b\x00a\x00s\x00e\x00.\x00s\x00v\x00g\
\x00\x07\
\x04\xcaZ'\
\x00n\
\x00e\x00w\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xdf,\xc7\
\x00s\
\x00e\x00t\x00t\x00i\x00n\x00g\x00s\x00.\x00s\x00v\x00g\
\x00\x0c\
\x087\xc0\xc7\
\x00p\
\x00r\x00e\x00v\x00i\x00o\x00u\x00s\x00.\x00s\x00v\x00g\
\x00\x09\
\x0a\x8c\xacg\
\x00t\
\x00o\x00d\x00a\x00y\x00.\x00s\x00v\x00g\
\x00\x0b\
\x09G\xd4\x07\
\x00r\
\x00e\x00p\x00o\x00r\x00t\x00s\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c\xf7TG\
\x00n\
\x00e\x00x\x00t\x00.\x00s\x00v\x00g\
\x00\x0c\
\x07\xb5\x02G\
\x00c\
\x00a\x00l\x00e\x00n\x00d\x00a\x00r\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0bg\x05G\
\x00p\
\x00a\x00t\x00i\x00e\x00n\x00t\x00s\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0c\
\x07P\xccg\
\x00g\
\x00o\x00-\x00t\x00o\x00d\x00a\x00y\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x94m\xc7\
\x00s\
\x00e\x00a\x00r\x00c\x00h\x00.\x00s\x00v\x00g\
\x00\x09\
\x06\xc7\x95\xe7\
\x00a\
\x00b\x00o\x00u\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c\x07U\xc7\
\x00q\
\x00u\x00i\x00t\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x11\x00\x00\x00\x03\
\x00\x00\x00\x00\x00\x00\x00\x00\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01\xa2\x09\x8f\x1e\xf7\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x0c\x09\
\x00\x00\x01\xa2\x0av\x87\xc9\
\x00\x00\x00@\x00\x00\x00\x00\x00\x01\x00\x00\x0d\x87\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x00\x96\x00\x00\x00\x00\x00\x01\x00\x00\x11p\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x00x\x00\x00\x00\x00\x00\x01\x00\x00\x10\x16\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x01\xb8\x00\x00\x00\x00\x00\x01\x00\x00&K\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x01\x80\x00\x00\x00\x00\x00\x01\x00\x00#\xb5\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x010\x00\x00\x00\x00\x00\x01\x00\x00\x19\xdb\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x00\xc8\x00\x00\x00\x00\x00\x01\x00\x00\x15\x05\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x01l\x00\x00\x00\x00\x00\x01\x00\x00\x1d\x1f\
\x00\x00\x01\xa2\x09\x8d\x97\xa4\
\x00\x00\x01\x9e\x00\x00\x00\x00\x00\x01\x00\x00%.\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x00\xfe\x00\x00\x00\x00\x00\x01\x00\x00\x17\xa4\
\x00\x00\x01\xa2\x0a\x8c=\x5c\
\x00\x00\x00\xe6\x00\x00\x00\x00\x00\x01\x00\x00\x15\xff\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x01N\x00\x00\x00\x00\x00\x01\x00\x00\x1b~\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x00\xaa\x00\x00\x00\x00\x00\x01\x00\x00\x12\x8c\
\x00\x00\x01\xa2\x09\x8dF\xc8\
\x00\x00\x01\xd0\x00\x00\x00\x00\x00\x01\x00\x00'\xa7\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x00\x5c\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xe5\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
\x00\x00\x01\x1a\x00\x00\x00\x00\x00\x01\x00\x00\x18\xe2\
\x00\x00\x01\xa2\x09\x8c\xfe\xd0\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
