0
7
2147483647
9223372036854775808
100_000_000
0x_ff_FF
0XAB
0o777
0O17
0b1010
0B1_1
3.14
10.
.001
1e100
1E-5
3.14_15e+1_0
0.0
00
0_0
1_000.000_1
'single'
"double"
'''triple
single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'\n\t\r\\\a\b\f\v\0'
'\x41\101\u00e9\U0001F600'
'\N{BULLET} \N{LATIN SMALL LETTER A}'
'unknown \q escape'
'line \
continued'
r'raw \n string'
R"raw \"quote"
b'bytes'
b'\x00\xff\n'
rb'\d+'
BR"x"
Rb'y'
'adjacent' "strings"
'a' 'b' 'c'
b'a' b'b'
'é unicode ü'
"""
multi
line
"""
u'unicode prefix'
'\
'
