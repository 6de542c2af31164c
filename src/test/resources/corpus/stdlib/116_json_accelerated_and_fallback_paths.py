# json values the accelerator writes or reads whole, and those it hands back to the Python code (subclasses of
# OrderedDict, default=, NaN refused, cycles, unsortable keys, malformed text and its exact error positions).
import json
from collections import OrderedDict, namedtuple
vals = [1, -0, 2**70, 1.5, -0.0, 1e300, float('inf'), float('nan'), "a\"b\\c\n\t\x01\x7f é 😀", None, True, False,
        [], {}, [1, [2, [3]]], {"b": 1, "a": [1, 2], 3: "x", 2.5: None, True: 1, None: 2},
        (1, 2), OrderedDict(a=1), {"k": OrderedDict(z=[1])}]
for v in vals:
    for kw in ({}, {"ensure_ascii": False}, {"sort_keys": True}, {"separators": (",", ":")}, {"indent": 2}):
        try:
            print(json.dumps(v, **kw))
        except Exception as e:
            print(type(e).__name__, e)
try:
    print(json.dumps({"a": 1, 2: 3}, sort_keys=True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(json.dumps(float('nan'), allow_nan=False))
except Exception as e:
    print(type(e).__name__, e)
l = [1]; l.append(l)
try:
    print(json.dumps(l))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(json.dumps({1, 2}))
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps([1, {1, 2}], default=list))
docs = ['{"a": [1, 2.5, -3e2, 1E+2, 0.5e-1, true, false, null], "b": {"c": "d\\u00e9\\ud83d\\ude00\\n"}}', ' [ ] ', '"x"',
        '123456789012345678901234567890', '-Infinity', 'NaN', '[Infinity]', '{"a":1,"a":2,"b":3}', '"\\udc00x"', '"\\ud800\\u0041"',
        '[1,]', '{"a" 1}', '"abc', '"a\x01"', '"\\x"', '"\\u12G4"', '01', '-', '[1] x', '', '  ', '{"a":1', '1.', '1e', '1.e5', '"\\ud800\\uzzzz"', '😀 1', '["😀", 1] x']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
print(json.loads(b'{"x": 1}'))
print(json.JSONDecoder().raw_decode('😀[1, "😀"] rest', 1))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"a": 1}', object_pairs_hook=list))
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({"s": {3, 1}}, cls=E))
