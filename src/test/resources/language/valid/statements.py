import os
import os.path as p, sys
from . import a
from ..pkg.mod import (b as c, d,)
from x import *
x = 1
a = b = c
a, b = b, a
[a, *b] = c
(a, b), c = d
x.y = z[1] = w
x += 1
x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
y: int
y: int = 5
(y): int = 5
a.b: str = "s"
a[0]: list[int]
del a, b[0], c.d
del (a, b), [c]
assert x
assert x, "message"
pass
global_name = 3
if x:
    pass
elif y:
    pass
elif z:
    x = 1
else:
    y = 2
while x:
    x -= 1
    if x == 3:
        break
    continue
else:
    pass
for i in range(10):
    pass
else:
    pass
for a, b in items:
    pass
for (a, b), *c in items: pass
with open(f) as fh, lock:
    pass
with (open(f) as fh, lock as l,):
    pass
with (a, b) as c:
    pass
with a as (b, c): pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    raise ValueError("x") from e
else:
    pass
finally:
    pass
try:
    x
finally:
    y
try:
    x
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
raise
raise E
raise E from None
if x: y = 1
while 0: pass
x = yield_ = 3
